-- Issue #13 (README decision 181): the disagreeing votes of each candidate (số phiếu không đồng ý) as the counting
-- board wrote them in the tally workbook; NULL when not written (the window's form, a workbook of the old layout), the
-- Biên bản kiểm phiếu then counting every other valid ballot as disagreeing, as before.

ALTER TABLE ballot_vote ADD COLUMN votes_against INTEGER;
ALTER TABLE ballot_vote ADD CONSTRAINT ck_ballot_vote_against CHECK (votes_against IS NULL OR votes_against >= 0);
COMMENT ON COLUMN ballot_vote.votes_against IS 'Số phiếu không đồng ý của ứng viên khi Ban kiểm phiếu ghi; NULL khi không ghi';
