// One row per id that exists. The plan's full text is left out (Plan.text loads it when asked).
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN id, e {.*, text: null} AS entity
