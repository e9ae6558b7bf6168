package docstore

import (
	"context"
	"fmt"
	"strings"

	"github.com/jackc/pgx/v5/pgxpool"
)

// Schema is the PostgreSQL schema the document store lives in. It is not
// "dms" (the relational store's), so both stores can share one database.
const Schema = "dmsdoc"

// Partitions is the number of LIST partitions of each of the three tables,
// as upstream (document_00 … document_15).
const Partitions = 16

// schemaVersion marks a provisioned schema (COMMENT ON SCHEMA); New skips
// the DDL when it finds it. Bump it when the DDL changes.
const schemaVersion = "edfi-bench docstore v1"

// ddl returns the statements that create the document store, every one of
// them idempotent. They follow the shapes of the upstream scripts (DMS,
// EdFi.DataManagementService.Old.Postgresql/Deploy/Scripts 0001, 0002, 0003,
// 0010, 0015, 0023 at 57d184e8a^): same columns, keys, partitioning,
// foreign keys and indexes, minus the authorization columns and tables
// (SecurityElements, the four *AuthorizationEdOrgIds arrays and their
// indexes, the EducationOrganizationHierarchy and *SecurableDocument tables
// and their triggers), which belong to the authorization work.
func ddl() []string {
	var s []string
	add := func(format string, args ...any) { s = append(s, fmt.Sprintf(format, args...)) }
	partitions := func(table string) {
		for i := 0; i < Partitions; i++ {
			add(`CREATE TABLE IF NOT EXISTS %[1]s.%[2]s_%02[3]d PARTITION OF %[1]s.%[2]s FOR VALUES IN (%[3]d)`, Schema, table, i)
		}
	}
	// addConstraint adds a named constraint unless the table has it.
	addConstraint := func(table, name, def string) {
		add(`DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid JOIN pg_namespace n ON n.oid = t.relnamespace
                 WHERE n.nspname = '%[1]s' AND t.relname = '%[2]s' AND c.conname = '%[3]s') THEN
    ALTER TABLE %[1]s.%[2]s ADD CONSTRAINT %[3]s %[4]s;
  END IF;
END $$`, Schema, table, name, def)
	}

	add(`CREATE SCHEMA IF NOT EXISTS %s`, Schema)

	// Document: the JSONB document with its resource type. The partition
	// key is derived from DocumentUuid (partitionKey).
	add(`CREATE TABLE IF NOT EXISTS %s.document (
  id bigint GENERATED ALWAYS AS IDENTITY (START WITH 1 INCREMENT BY 1),
  documentpartitionkey smallint NOT NULL,
  documentuuid uuid NOT NULL,
  resourcename varchar(256) NOT NULL,
  resourceversion varchar(64) NOT NULL,
  isdescriptor boolean NOT NULL,
  projectname varchar(256) NOT NULL,
  edfidoc jsonb NOT NULL,
  createdat timestamp NOT NULL DEFAULT now(),
  lastmodifiedat timestamp NOT NULL DEFAULT now(),
  PRIMARY KEY (documentpartitionkey, id)
) PARTITION BY LIST (documentpartitionkey)`, Schema)
	partitions("document")
	add(`CREATE UNIQUE INDEX IF NOT EXISTS ux_document_documentuuid ON %s.document (documentpartitionkey, documentuuid)`, Schema)
	// Offset paging orders by CreatedAt (script 0023).
	add(`CREATE INDEX IF NOT EXISTS ix_document_resourcename_createdat ON %s.document (resourcename, createdat)`, Schema)
	// Query filters are JSONB containment (script 0023).
	add(`CREATE INDEX IF NOT EXISTS ix_document_edfidoc ON %s.document USING gin (edfidoc jsonb_path_ops)`, Schema)
	// Upstream sets REPLICA IDENTITY FULL for its Debezium feed; it costs
	// WAL only at wal_level=logical.
	add(`ALTER TABLE %s.document REPLICA IDENTITY FULL`, Schema)
	for i := 0; i < Partitions; i++ {
		add(`ALTER TABLE %s.document_%02d REPLICA IDENTITY FULL`, Schema, i)
	}

	// Alias: ReferentialId -> document, partitioned by the ReferentialId.
	// A subclass document has a second row for its superclass identity.
	add(`CREATE TABLE IF NOT EXISTS %s.alias (
  id bigint GENERATED ALWAYS AS IDENTITY (START WITH 1 INCREMENT BY 1),
  referentialpartitionkey smallint NOT NULL,
  referentialid uuid NOT NULL,
  documentid bigint NOT NULL,
  documentpartitionkey smallint NOT NULL,
  PRIMARY KEY (referentialpartitionkey, id)
) PARTITION BY LIST (referentialpartitionkey)`, Schema)
	partitions("alias")
	add(`CREATE UNIQUE INDEX IF NOT EXISTS ux_alias_referentialid ON %s.alias (referentialpartitionkey, referentialid)`, Schema)
	add(`CREATE INDEX IF NOT EXISTS ix_alias_documentid ON %s.alias (documentpartitionkey, documentid)`, Schema)
	addConstraint("alias", "fk_alias_document",
		`FOREIGN KEY (documentpartitionkey, documentid) REFERENCES `+Schema+`.document (documentpartitionkey, id) ON DELETE CASCADE`)
	// Upstream creates this second, identical index alongside the FK (script
	// 0002); every Alias write maintains both. Kept for fidelity.
	add(`CREATE INDEX IF NOT EXISTS ix_fk_alias_document ON %s.alias (documentpartitionkey, documentid)`, Schema)

	// Reference: parent document -> referenced alias, partitioned by the
	// parent. ReferencedDocumentId/PartitionKey denormalize the alias's
	// document for the reverse lookup.
	add(`CREATE TABLE IF NOT EXISTS %s.reference (
  id bigint GENERATED ALWAYS AS IDENTITY (START WITH 1 INCREMENT BY 1),
  parentdocumentid bigint NOT NULL,
  parentdocumentpartitionkey smallint NOT NULL,
  referentialpartitionkey smallint NOT NULL,
  aliasid bigint NOT NULL,
  referenceddocumentpartitionkey smallint NOT NULL,
  referenceddocumentid bigint NOT NULL,
  PRIMARY KEY (parentdocumentpartitionkey, id)
) PARTITION BY LIST (parentdocumentpartitionkey)`, Schema)
	partitions("reference")
	add(`CREATE INDEX IF NOT EXISTS ix_reference_parentdocumentid ON %s.reference (parentdocumentpartitionkey, parentdocumentid)`, Schema)
	add(`CREATE INDEX IF NOT EXISTS ix_reference_aliasid ON %s.reference (referentialpartitionkey, aliasid)`, Schema)
	addConstraint("reference", "ux_reference_parent_alias", `UNIQUE (parentdocumentpartitionkey, parentdocumentid, aliasid)`)
	// The reverse lookup (who references this document?) for delete
	// conflicts and identity cascades; still a probe of all 16 partitions.
	add(`CREATE INDEX IF NOT EXISTS ix_reference_referenceddocument ON %s.reference (referenceddocumentpartitionkey, referenceddocumentid)
  INCLUDE (parentdocumentpartitionkey, parentdocumentid)`, Schema)
	addConstraint("reference", "fk_reference_parentdocument",
		`FOREIGN KEY (parentdocumentpartitionkey, parentdocumentid) REFERENCES `+Schema+`.document (documentpartitionkey, id) ON DELETE CASCADE`)
	// Reference validation: a reference row needs its alias, a referenced
	// document cannot be deleted (RESTRICT), and an identity update of the
	// referenced document (its alias moving partitions) follows through to
	// the reference rows (ON UPDATE CASCADE, script 0015).
	addConstraint("reference", "fk_reference_referencedalias",
		`FOREIGN KEY (referentialpartitionkey, aliasid) REFERENCES `+Schema+`.alias (referentialpartitionkey, id) ON DELETE RESTRICT ON UPDATE CASCADE`)

	s = append(s, insertReferencesFunction)
	add(`COMMENT ON SCHEMA %s IS '%s'`, Schema, schemaVersion)
	return s
}

// insertReferencesFunction makes a parent document's Reference rows equal
// the given ReferentialIds (the shape of upstream's dms.InsertReferences,
// script 0010): stage the ids resolved through Alias in a session temp
// table, report the unresolved ones, skip all DML when nothing changed,
// upsert the staged rows, and delete the parent's other rows from the
// parent's own partition (addressed by name so the delete is pruned to it).
// The ids must be distinct.
const insertReferencesFunction = `CREATE OR REPLACE FUNCTION ` + Schema + `.insertreferences(
  p_parent_id bigint, p_parent_pk smallint, p_referential_ids uuid[], p_referential_pks smallint[],
  p_pure_insert boolean DEFAULT false)
RETURNS TABLE (success boolean, invalid_ids uuid[])
LANGUAGE plpgsql AS $fn$
DECLARE
  v_partition text := format('reference_%s', lpad(p_parent_pk::text, 2, '0'));
  v_invalid uuid[];
  v_changed boolean;
BEGIN
  IF to_regclass('pg_temp.dmsdoc_reference_stage') IS NULL THEN
    CREATE TEMP TABLE dmsdoc_reference_stage (
      referentialpartitionkey smallint NOT NULL,
      referentialid uuid NOT NULL,
      aliasid bigint,
      referenceddocumentid bigint,
      referenceddocumentpartitionkey smallint,
      PRIMARY KEY (referentialpartitionkey, referentialid)
    ) ON COMMIT DELETE ROWS;
  END IF;
  -- Several calls may share one transaction.
  DELETE FROM dmsdoc_reference_stage;

  INSERT INTO dmsdoc_reference_stage
  SELECT ids.pk, ids.id, a.id, a.documentid, a.documentpartitionkey
  FROM unnest(p_referential_ids, p_referential_pks) AS ids(id, pk)
  LEFT JOIN ` + Schema + `.alias a ON a.referentialpartitionkey = ids.pk AND a.referentialid = ids.id;

  SELECT coalesce(array_agg(referentialid), '{}') INTO v_invalid
  FROM dmsdoc_reference_stage WHERE aliasid IS NULL;
  IF cardinality(v_invalid) > 0 THEN
    RETURN QUERY SELECT false, v_invalid;
    RETURN;
  END IF;

  IF NOT p_pure_insert THEN
    -- Nothing to write when the stored rows already equal the staged ones.
    EXECUTE format($q$
      SELECT EXISTS (
               SELECT 1 FROM dmsdoc_reference_stage s
               WHERE NOT EXISTS (
                 SELECT 1 FROM ` + Schema + `.%1$I r
                 WHERE r.parentdocumentpartitionkey = $2 AND r.parentdocumentid = $1 AND r.aliasid = s.aliasid
                   AND r.referentialpartitionkey = s.referentialpartitionkey
                   AND r.referenceddocumentid = s.referenceddocumentid
                   AND r.referenceddocumentpartitionkey = s.referenceddocumentpartitionkey))
          OR EXISTS (
               SELECT 1 FROM ` + Schema + `.%1$I r
               WHERE r.parentdocumentpartitionkey = $2 AND r.parentdocumentid = $1
                 AND NOT EXISTS (SELECT 1 FROM dmsdoc_reference_stage s WHERE s.aliasid = r.aliasid))$q$, v_partition)
    INTO v_changed USING p_parent_id, p_parent_pk;
    IF NOT v_changed THEN
      RETURN QUERY SELECT true, '{}'::uuid[];
      RETURN;
    END IF;
  END IF;

  INSERT INTO ` + Schema + `.reference AS t (parentdocumentid, parentdocumentpartitionkey, aliasid, referentialpartitionkey,
                                    referenceddocumentid, referenceddocumentpartitionkey)
  SELECT p_parent_id, p_parent_pk, s.aliasid, s.referentialpartitionkey, s.referenceddocumentid, s.referenceddocumentpartitionkey
  FROM dmsdoc_reference_stage s
  ON CONFLICT ON CONSTRAINT ux_reference_parent_alias DO UPDATE
    SET referentialpartitionkey = EXCLUDED.referentialpartitionkey,
        referenceddocumentid = EXCLUDED.referenceddocumentid,
        referenceddocumentpartitionkey = EXCLUDED.referenceddocumentpartitionkey
  WHERE (t.referentialpartitionkey, t.referenceddocumentid, t.referenceddocumentpartitionkey)
        IS DISTINCT FROM (EXCLUDED.referentialpartitionkey, EXCLUDED.referenceddocumentid, EXCLUDED.referenceddocumentpartitionkey);

  IF NOT p_pure_insert THEN
    EXECUTE format($q$
      DELETE FROM ` + Schema + `.%I r
      WHERE r.parentdocumentpartitionkey = $2 AND r.parentdocumentid = $1
        AND NOT EXISTS (SELECT 1 FROM dmsdoc_reference_stage s WHERE s.aliasid = r.aliasid)$q$, v_partition)
    USING p_parent_id, p_parent_pk;
  END IF;

  RETURN QUERY SELECT true, '{}'::uuid[];
END
$fn$`

// DDL returns the document store's DDL as one script (for `engine ddl`-like
// tooling and reviews).
func DDL() string {
	return strings.Join(ddl(), ";\n\n") + ";\n"
}

// provision creates the schema unless it is already there, in one
// transaction under an advisory lock so concurrent starters do not race.
func provision(ctx context.Context, pool *pgxpool.Pool) error {
	var comment *string
	if err := pool.QueryRow(ctx, `SELECT obj_description(oid, 'pg_namespace') FROM pg_namespace WHERE nspname = $1`, Schema).Scan(&comment); err == nil &&
		comment != nil && *comment == schemaVersion {
		return nil
	}
	tx, err := pool.Begin(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback(ctx)
	if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock(hashtext('`+Schema+`'))`); err != nil {
		return err
	}
	for _, stmt := range ddl() {
		if _, err := tx.Exec(ctx, stmt); err != nil {
			return fmt.Errorf("docstore: provisioning: %w\n%s", err, stmt)
		}
	}
	return tx.Commit(ctx)
}
