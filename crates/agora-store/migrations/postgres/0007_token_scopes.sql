-- What an API token may do with its account's roles: `read` always, then `contribute` and
-- `administer` when it was made for them (words separated by spaces). Tokens made before
-- scopes existed keep what programs used them for, contributions; none silently administers.
ALTER TABLE api_tokens ADD COLUMN scopes TEXT NOT NULL DEFAULT 'read contribute';
