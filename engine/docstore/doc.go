// Package docstore is the baseline the benchmarks measure the relational
// store against: the current Ed-Fi Data Management Service design, Ed-Fi
// documents stored as JSONB in three generic tables, behind the same
// store.Store interface. It follows the upstream PostgreSQL backend
// (EdFi.DataManagementService.Old.Postgresql at DMS commit 57d184e8a^,
// design note 05 §2) statement for statement where that matters to cost;
// the SQL and code are our own.
//
// # Tables (schema "dmsdoc", beside the relational store's "dms")
//
//   - document (Id identity, DocumentPartitionKey, DocumentUuid, ResourceName,
//     ResourceVersion, IsDescriptor, ProjectName, EdfiDoc jsonb, CreatedAt,
//     LastModifiedAt); PK (DocumentPartitionKey, Id); UX (DocumentPartitionKey,
//     DocumentUuid); IX (ResourceName, CreatedAt) for paging; GIN (EdfiDoc
//     jsonb_path_ops) for query filters; REPLICA IDENTITY FULL.
//   - alias (Id, ReferentialPartitionKey, ReferentialId, DocumentId,
//     DocumentPartitionKey); PK (ReferentialPartitionKey, Id); UX
//     (ReferentialPartitionKey, ReferentialId); IX (DocumentPartitionKey,
//     DocumentId), twice, as upstream; FK to document ON DELETE CASCADE. A
//     subclass (School) has a second alias for its superclass identity
//     (EducationOrganization).
//   - reference (Id, ParentDocumentId, ParentDocumentPartitionKey,
//     ReferentialPartitionKey, AliasId, ReferencedDocumentPartitionKey,
//     ReferencedDocumentId); PK (ParentDocumentPartitionKey, Id); UX (parent,
//     AliasId); IX parent; IX (ReferentialPartitionKey, AliasId); IX
//     (ReferencedDocumentPartitionKey, ReferencedDocumentId) INCLUDE (parent);
//     FK to the parent document ON DELETE CASCADE; FK to alias ON DELETE
//     RESTRICT ON UPDATE CASCADE (reference validation and delete conflicts).
//   - each LIST-partitioned 16 ways: document and reference on the
//     document's partition key, alias on the ReferentialId's; a key is the
//     uuid's last byte mod 16.
//   - insertreferences(parent, pk, ids, pks, pureInsert): the PL/pgSQL
//     reference upsert (session temp stage table, unresolved ids, no-change
//     short cut, ON CONFLICT upsert, orphan delete in the parent's partition).
//
// The authorization columns, indexes, tables and triggers of upstream
// (SecurityElements, the *AuthorizationEdOrgIds arrays, the EdOrg hierarchy
// and *SecurableDocument tables) are not created yet: the baseline's write
// cost is a lower bound until the authorization work adds them.
//
// # Operations and their round trips (each statement is one, as upstream)
//
//   - POST: BEGIN, find by ReferentialId (row-locked), pre-flight reference
//     check, insert document+alias, [superclass alias], insertreferences,
//     COMMIT: 6 (7 for a subclass, 4 without references). As an update:
//     find, pre-flight, UPDATE, insertreferences: 6. Unchanged content: 3,
//     no write.
//   - PUT: BEGIN, validation (exists? same identity?), [alias UPDATE], read
//     by ReferentialId, pre-flight, UPDATE, insertreferences, [cascade],
//     COMMIT: 7, 8 with an identity change plus the cascade.
//   - GET: 1 (the stored EdfiDoc is the response; row-locked FOR NO KEY
//     UPDATE as upstream unless Options.NoReadLocks).
//   - DELETE: BEGIN, SAVEPOINT, locked read, DELETE, COMMIT: 5; a referenced
//     document fails on the RESTRICT FK, rolls back to the savepoint and
//     reads the referencing resource types for the 409: 7.
//   - GET many: BEGIN, [count], page ORDER BY CreatedAt OFFSET/FETCH,
//     COMMIT: 3 or 4. Filters are EdfiDoc @> {...} per queryFieldMapping
//     path (ORed within a term). Keyset paging is not part of the baseline:
//     a pageToken is a 400, Keyset is ignored (no NextToken).
//
// # Identity cascade
//
// See cascade.go: one referrer SELECT for the renamed document, then per
// referencing document one UPDATE of its rewritten JSON, and where the
// rewritten reference is part of its identity, Core.Prepare of the new body
// (its ReferentialIds), an alias UPDATE and a recursive referrer SELECT. The
// FK's ON UPDATE CASCADE carries alias moves into reference rows.
//
// # ETags
//
// As upstream, _etag is a hash of the content (SHA-256 of the canonical
// body), here rendered as a non-negative int64 so store.FormatETag and
// ParseETag apply. Identical content means an identical _etag: an unchanged
// POST or PUT writes nothing, and a content that returns to an earlier
// state gets its earlier _etag back (an If-Match naming it matches again).
//
// # Deliberate departures from upstream
//
//   - Resource type filters include ProjectName (upstream filters on
//     ResourceName only, mixing e.g. Homograph's School into Ed-Fi's).
//   - Query values take their JSON type from the resource's numeric and
//     boolean paths first: DS 5.1 declares schoolYear "string", so upstream's
//     containment on "2024" never matched the stored number 2024.
//   - Cascaded documents get their aliases recomputed, and the cascade
//     recurses only where an identity changed (upstream does neither; see
//     cascade.go). A subclass's two aliases are updated separately (upstream
//     would set both to the new ReferentialId).
//   - If-Match is honoured on POST (upstream ignores it there), and a PUT
//     to a document of another resource type is a 404 (upstream's PUT does
//     not check the type).
//   - Deadlocks and serialization failures are retried here, as the
//     relational store does (upstream leaves that to DMS Core).
package docstore
