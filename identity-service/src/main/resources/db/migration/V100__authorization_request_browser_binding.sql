-- The digest of the cookie of the browser that started each authorization request: its forms are only
-- taken from that browser (login CSRF). Requests pending at the upgrade have none and are refused; they live 15 minutes.
ALTER TABLE authorization_request ADD COLUMN browser_binding VARCHAR(100);
