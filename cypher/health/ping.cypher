// The availability gate's question while the database is down: can the configured database run a
// statement now? (A database that is starting answers DatabaseUnavailable.)
RETURN 1 AS ok
