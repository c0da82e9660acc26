-- Keeps each key's last use when it moves to api_key_use (V22).
INSERT INTO api_key_use (api_key_id, bucket_full_at_micros, last_request_admitted, last_used_at)
    SELECT id, 0, TRUE, last_used_at FROM api_key WHERE last_used_at IS NOT NULL;
