package ddl

import (
	"fmt"
	"strings"

	"github.com/edfi-bench/tpr/engine/dialect"
)

// CoreTables renders the dms schema's tables (01 §2). One definition serves
// both dialects; the differences (types, identity, clustering, JSON checks)
// come from the dialect.
//
// Departures from the design, deliberate:
//   - dms.Descriptor carries EffectiveBeginDate/EffectiveEndDate, the only
//     descriptor properties the design has no column for (01 §13 Q6), so
//     descriptor documents round-trip losslessly.
//   - Descriptor.Discriminator is project-qualified ("Ed-Fi.GradeLevelDescriptor")
//     because extension projects may reuse descriptor names (01 §13 Q7).
//   - ReferenceEdge's child FK is NO ACTION on both engines (01 §2.9).
func CoreTables(d dialect.Dialect) string {
	mssql := d.Name() == "mssql"
	var b strings.Builder
	t := func(name string, lines ...string) {
		fmt.Fprintf(&b, "CREATE TABLE %s (\n    %s\n);\n", d.Table("dms", name), strings.Join(lines, ",\n    "))
	}
	col := func(name, typ string, extra ...string) string {
		s := d.Ident(name) + " " + typ
		if len(extra) > 0 {
			s += " " + strings.Join(extra, " ")
		}
		return s
	}
	pk := func(table string, clustered bool, cols ...string) string {
		return fmt.Sprintf("CONSTRAINT %s %s (%s)", d.Ident("PK_"+table), d.PrimaryKey(clustered), dialect.IdentList(d, cols))
	}
	ux := func(name string, clustered bool, cols ...string) string {
		return fmt.Sprintf("CONSTRAINT %s %s (%s)", d.Ident(name), d.Unique(clustered), dialect.IdentList(d, cols))
	}
	fk := func(name, col, ref string, cascade bool) string {
		s := fmt.Sprintf("CONSTRAINT %s FOREIGN KEY (%s) REFERENCES %s (%s)", d.Ident(name), d.Ident(col),
			d.Table("dms", ref), d.Ident("DocumentId"))
		if cascade {
			s += " ON DELETE CASCADE"
		}
		return s
	}
	def := func(table, column, expr string) string {
		if mssql {
			return "CONSTRAINT " + d.Ident("DF_"+table+"_"+column) + " DEFAULT " + expr
		}
		return "DEFAULT " + expr
	}
	nn := "NOT NULL"

	t("Document",
		col("DocumentId", d.IdentityColumn(), nn),
		col("DocumentUuid", d.UUID(), nn),
		col("ProjectName", d.Varchar(256), nn),
		col("ResourceName", d.Varchar(256), nn),
		col("ResourceVersion", d.Varchar(64), nn),
		col("Etag", d.BigInt(), nn, def("Document", "Etag", "1")),
		col("CreatedAt", d.Timestamp(), nn, def("Document", "CreatedAt", d.Now())),
		col("LastModifiedAt", d.Timestamp(), nn, def("Document", "LastModifiedAt", d.Now())),
		pk("Document", true, "DocumentId"),
		ux("UX_Document_DocumentUuid", false, "DocumentUuid"))
	fmt.Fprintf(&b, "CREATE INDEX %s ON %s (%s);\n", d.Ident("IX_Document_ProjectName_ResourceName_DocumentId"),
		d.Table("dms", "Document"), dialect.IdentList(d, []string{"ProjectName", "ResourceName", "DocumentId"}))

	// Random UUIDs must not cluster a SQL Server table; the (DocumentId, ...)
	// unique index does instead.
	t("ReferentialIdentity",
		col("ReferentialId", d.UUID(), nn),
		col("DocumentId", d.BigInt(), nn),
		col("ProjectName", d.Varchar(256), nn),
		col("ResourceName", d.Varchar(256), nn),
		pk("ReferentialIdentity", false, "ReferentialId"),
		ux("UX_ReferentialIdentity_DocumentId_Resource", true, "DocumentId", "ProjectName", "ResourceName"),
		fk("FK_ReferentialIdentity_Document", "DocumentId", "Document", true))

	t("Descriptor",
		col("DocumentId", d.BigInt(), nn),
		col("Namespace", d.Varchar(255), nn),
		col("CodeValue", d.Varchar(50), nn),
		col("ShortDescription", d.Varchar(75), nn),
		col("Description", d.Varchar(1024), "NULL"),
		col("EffectiveBeginDate", "date", "NULL"),
		col("EffectiveEndDate", "date", "NULL"),
		col("Discriminator", d.Varchar(128), nn),
		col("Uri", d.Varchar(306), nn),
		pk("Descriptor", true, "DocumentId"),
		ux("UX_Descriptor_Uri_Discriminator", false, "Uri", "Discriminator"),
		fk("FK_Descriptor_Document", "DocumentId", "Document", true))

	t("EffectiveSchema",
		col("EffectiveSchemaId", d.IdentityColumn(), nn),
		col("ApiSchemaFormatVersion", d.Varchar(64), nn),
		col("EffectiveSchemaHash", d.Varchar(64), nn),
		col("AppliedAt", d.Timestamp(), nn, def("EffectiveSchema", "AppliedAt", d.Now())),
		pk("EffectiveSchema", true, "EffectiveSchemaId"),
		ux("UX_EffectiveSchema_EffectiveSchemaHash", false, "EffectiveSchemaHash"))

	t("SchemaComponent",
		col("EffectiveSchemaId", d.BigInt(), nn),
		col("ProjectNamespace", d.Varchar(128), nn),
		col("ProjectName", d.Varchar(256), nn),
		col("ProjectVersion", d.Varchar(64), nn),
		col("IsExtensionProject", d.Bool(), nn),
		pk("SchemaComponent", true, "EffectiveSchemaId", "ProjectNamespace"),
		fmt.Sprintf("CONSTRAINT %s FOREIGN KEY (%s) REFERENCES %s (%s) ON DELETE CASCADE", d.Ident("FK_SchemaComponent_EffectiveSchema"),
			d.Ident("EffectiveSchemaId"), d.Table("dms", "EffectiveSchema"), d.Ident("EffectiveSchemaId")))

	t("ReferenceEdge",
		col("ParentDocumentId", d.BigInt(), nn),
		col("ChildDocumentId", d.BigInt(), nn),
		col("IsIdentityComponent", d.Bool(), nn),
		col("CreatedAt", d.Timestamp(), nn, def("ReferenceEdge", "CreatedAt", d.Now())),
		pk("ReferenceEdge", true, "ParentDocumentId", "ChildDocumentId"),
		fk("FK_ReferenceEdge_Parent", "ParentDocumentId", "Document", true),
		fk("FK_ReferenceEdge_Child", "ChildDocumentId", "Document", false))
	fmt.Fprintf(&b, "CREATE INDEX %s ON %s (%s)%s;\n", d.Ident("IX_ReferenceEdge_ChildDocumentId"),
		d.Table("dms", "ReferenceEdge"), dialect.IdentList(d, []string{"ChildDocumentId", "IsIdentityComponent"}),
		d.IndexInclude([]string{"ParentDocumentId"}))

	t("IdentityLock",
		col("DocumentId", d.BigInt(), nn),
		pk("IdentityLock", true, "DocumentId"),
		fk("FK_IdentityLock_Document", "DocumentId", "Document", true))

	jsonCheck := fmt.Sprintf("CONSTRAINT %s CHECK (jsonb_typeof(%s) = 'object')", d.Ident("CK_DocumentCache_DocumentJson"), d.Ident("DocumentJson"))
	if mssql {
		jsonCheck = fmt.Sprintf("CONSTRAINT %s CHECK (ISJSON(%s) = 1 AND LEFT(LTRIM(%s), 1) = N'{')",
			d.Ident("CK_DocumentCache_DocumentJson"), d.Ident("DocumentJson"), d.Ident("DocumentJson"))
	}
	t("DocumentCache",
		col("DocumentId", d.BigInt(), nn),
		col("DocumentUuid", d.UUID(), nn),
		col("ProjectName", d.Varchar(256), nn),
		col("ResourceName", d.Varchar(256), nn),
		col("ResourceVersion", d.Varchar(64), nn),
		col("Etag", d.BigInt(), nn),
		col("LastModifiedAt", d.Timestamp(), nn),
		col("DocumentJson", d.JSON(), nn),
		col("ComputedAt", d.Timestamp(), nn, def("DocumentCache", "ComputedAt", d.Now())),
		pk("DocumentCache", true, "DocumentId"),
		ux("UX_DocumentCache_DocumentUuid", false, "DocumentUuid"),
		fk("FK_DocumentCache_Document", "DocumentId", "Document", true),
		jsonCheck)
	fmt.Fprintf(&b, "CREATE INDEX %s ON %s (%s);\n", d.Ident("IX_DocumentCache_ProjectName_ResourceName_LastModifiedAt"),
		d.Table("dms", "DocumentCache"), dialect.IdentList(d, []string{"ProjectName", "ResourceName", "LastModifiedAt", "DocumentId"}))
	return b.String()
}
