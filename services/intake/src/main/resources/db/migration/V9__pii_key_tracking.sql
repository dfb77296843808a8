-- Which key pair (PiiProtector.keysId: encryption key id "." hash key id) protects a party's
-- personal numbers, so that the re-keying job after a key rotation finds the rows still under an
-- earlier key without decrypting the whole table (ADR 0023). Rows written before this migration
-- are NULL and are re-keyed (or merely marked) on the job's first pass.
ALTER TABLE party ADD COLUMN pii_keys VARCHAR(20) NULL;
CREATE INDEX ix_party_pii_keys ON party (pii_keys);
