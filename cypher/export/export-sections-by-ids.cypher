// The sections evidence cites: path and title only (an export never needs a section's text).
UNWIND $ids AS id
MATCH (s:Section {id: id})
RETURN s.id AS id, s.planId AS planId, s.path AS path, s.title AS title
