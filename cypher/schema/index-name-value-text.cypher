// Substring search over every name and alias (CONTAINS), for one-character queries the cjk index cannot serve.
CREATE TEXT INDEX name_value_text IF NOT EXISTS
FOR (n:Name) ON (n.value)
