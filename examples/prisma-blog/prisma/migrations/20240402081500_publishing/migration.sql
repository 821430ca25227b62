-- Created with `prisma migrate dev --create-only`, then edited by hand.

-- AlterTable
ALTER TABLE "Post" ADD COLUMN "published" BOOLEAN NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "User" ADD COLUMN "handle" TEXT;

-- CreateIndex (named like the rest of our hand-written SQL)
CREATE UNIQUE INDEX "user_handle_unique" ON "User"("handle");

-- Keeps updatedAt current for writes that bypass Prisma Client (admin scripts, the sqlite3 shell).
CREATE TRIGGER "Post_touch_updatedAt"
AFTER UPDATE OF "title", "body", "published" ON "Post"
FOR EACH ROW WHEN NEW."updatedAt" = OLD."updatedAt"
BEGIN
    UPDATE "Post" SET "updatedAt" = CURRENT_TIMESTAMP WHERE "id" = NEW."id";
END;

-- For the reporting dashboard; Prisma schemas cannot declare SQLite views.
CREATE VIEW "PublishedPostStats" AS
SELECT p."id" AS "postId", p."slug", u."email" AS "author", COUNT(c."id") AS "comments"
FROM "Post" p
JOIN "User" u ON u."id" = p."authorId"
LEFT JOIN "Comment" c ON c."postId" = p."id"
WHERE p."published" = 1
GROUP BY p."id";
