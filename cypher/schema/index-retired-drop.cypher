// Indexes earlier versions created and nothing reads now (entity_names: full-text over Entity names and
// aliases, replaced by name_words over every spelling). Dropped so an old store does not keep them up to date.
DROP INDEX entity_names IF EXISTS
