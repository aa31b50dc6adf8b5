// Fragment, not a statement: statements include it as __INCLUDE list-relationship-visible(<variable>)__.
// A list-borne relationship (one with a listId) counts only while its list's active version holds
// it; any other relationship always counts. $activeSeqs maps list id -> active sequence number.
(__1__.listId IS NULL
 OR (__1__.firstSeq <= $activeSeqs[__1__.listId]
     AND (__1__.removedSeq IS NULL OR __1__.removedSeq > $activeSeqs[__1__.listId])))
