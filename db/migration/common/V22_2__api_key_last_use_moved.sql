-- Last use is kept in api_key_use, written by the rate limiter's statement on every API request (V22, V22_1).
ALTER TABLE api_key DROP COLUMN last_used_at;
