// Fragment, not a statement: statements include it as __INCLUDE held-by-version(<variable>, <sequence>)__.
// A relationship written by a list import (LISTED_ON, or one the list states) is held by the version
// numbered <sequence> when it arrived at or before it and was not removed by then.
(__1__.firstSeq <= __2__ AND (__1__.removedSeq IS NULL OR __1__.removedSeq > __2__))
