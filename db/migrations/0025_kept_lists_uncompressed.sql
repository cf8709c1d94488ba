-- A kept list of matches (lib/search/kept-lists.ts) is a megabyte or two of ids, ranks, dates and
-- county masks that compress poorly: compressing it took half the time of keeping it (pglz, TOAST's
-- default), for nothing saved. Stored out of line as it is; a list kept before this is read as ever.
ALTER TABLE "kept_keyword_lists" ALTER COLUMN "columns" SET STORAGE EXTERNAL;
