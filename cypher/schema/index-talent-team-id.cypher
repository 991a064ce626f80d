// Keyset pagination of TalentTeam lists: a range seek on id that also yields id order.
CREATE INDEX talent_team_id IF NOT EXISTS
FOR (n:TalentTeam) ON (n.id)
