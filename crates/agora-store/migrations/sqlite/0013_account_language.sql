-- The language an account's person last used the site in (a locale's code: ar, zh, en, fr, ru,
-- es), kept when they sign in or set a password: what Agora writes to them in. Unknown (NULL)
-- until then.
ALTER TABLE accounts ADD COLUMN language TEXT;
