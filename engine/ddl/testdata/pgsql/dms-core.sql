CREATE TABLE "dms"."Document" (
    "DocumentId" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
    "DocumentUuid" uuid NOT NULL,
    "ProjectName" varchar(256) NOT NULL,
    "ResourceName" varchar(256) NOT NULL,
    "ResourceVersion" varchar(64) NOT NULL,
    "Etag" bigint NOT NULL DEFAULT 1,
    "CreatedAt" timestamp with time zone NOT NULL DEFAULT now(),
    "LastModifiedAt" timestamp with time zone NOT NULL DEFAULT now(),
    CONSTRAINT "PK_Document" PRIMARY KEY ("DocumentId"),
    CONSTRAINT "UX_Document_DocumentUuid" UNIQUE ("DocumentUuid")
);
CREATE INDEX "IX_Document_ProjectName_ResourceName_DocumentId" ON "dms"."Document" ("ProjectName", "ResourceName", "DocumentId");
CREATE TABLE "dms"."ReferentialIdentity" (
    "ReferentialId" uuid NOT NULL,
    "DocumentId" bigint NOT NULL,
    "ProjectName" varchar(256) NOT NULL,
    "ResourceName" varchar(256) NOT NULL,
    CONSTRAINT "PK_ReferentialIdentity" PRIMARY KEY ("ReferentialId"),
    CONSTRAINT "UX_ReferentialIdentity_DocumentId_Resource" UNIQUE ("DocumentId", "ProjectName", "ResourceName"),
    CONSTRAINT "FK_ReferentialIdentity_Document" FOREIGN KEY ("DocumentId") REFERENCES "dms"."Document" ("DocumentId") ON DELETE CASCADE
);
CREATE TABLE "dms"."Descriptor" (
    "DocumentId" bigint NOT NULL,
    "Namespace" varchar(255) NOT NULL,
    "CodeValue" varchar(50) NOT NULL,
    "ShortDescription" varchar(75) NOT NULL,
    "Description" varchar(1024) NULL,
    "EffectiveBeginDate" date NULL,
    "EffectiveEndDate" date NULL,
    "Discriminator" varchar(128) NOT NULL,
    "Uri" varchar(306) NOT NULL,
    CONSTRAINT "PK_Descriptor" PRIMARY KEY ("DocumentId"),
    CONSTRAINT "UX_Descriptor_Uri_Discriminator" UNIQUE ("Uri", "Discriminator"),
    CONSTRAINT "FK_Descriptor_Document" FOREIGN KEY ("DocumentId") REFERENCES "dms"."Document" ("DocumentId") ON DELETE CASCADE
);
CREATE TABLE "dms"."EffectiveSchema" (
    "EffectiveSchemaId" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
    "ApiSchemaFormatVersion" varchar(64) NOT NULL,
    "EffectiveSchemaHash" varchar(64) NOT NULL,
    "AppliedAt" timestamp with time zone NOT NULL DEFAULT now(),
    CONSTRAINT "PK_EffectiveSchema" PRIMARY KEY ("EffectiveSchemaId"),
    CONSTRAINT "UX_EffectiveSchema_EffectiveSchemaHash" UNIQUE ("EffectiveSchemaHash")
);
CREATE TABLE "dms"."SchemaComponent" (
    "EffectiveSchemaId" bigint NOT NULL,
    "ProjectNamespace" varchar(128) NOT NULL,
    "ProjectName" varchar(256) NOT NULL,
    "ProjectVersion" varchar(64) NOT NULL,
    "IsExtensionProject" boolean NOT NULL,
    CONSTRAINT "PK_SchemaComponent" PRIMARY KEY ("EffectiveSchemaId", "ProjectNamespace"),
    CONSTRAINT "FK_SchemaComponent_EffectiveSchema" FOREIGN KEY ("EffectiveSchemaId") REFERENCES "dms"."EffectiveSchema" ("EffectiveSchemaId") ON DELETE CASCADE
);
CREATE TABLE "dms"."ReferenceEdge" (
    "ParentDocumentId" bigint NOT NULL,
    "ChildDocumentId" bigint NOT NULL,
    "IsIdentityComponent" boolean NOT NULL,
    "CreatedAt" timestamp with time zone NOT NULL DEFAULT now(),
    CONSTRAINT "PK_ReferenceEdge" PRIMARY KEY ("ParentDocumentId", "ChildDocumentId"),
    CONSTRAINT "FK_ReferenceEdge_Parent" FOREIGN KEY ("ParentDocumentId") REFERENCES "dms"."Document" ("DocumentId") ON DELETE CASCADE,
    CONSTRAINT "FK_ReferenceEdge_Child" FOREIGN KEY ("ChildDocumentId") REFERENCES "dms"."Document" ("DocumentId")
);
CREATE INDEX "IX_ReferenceEdge_ChildDocumentId" ON "dms"."ReferenceEdge" ("ChildDocumentId", "IsIdentityComponent") INCLUDE ("ParentDocumentId");
CREATE TABLE "dms"."IdentityLock" (
    "DocumentId" bigint NOT NULL,
    CONSTRAINT "PK_IdentityLock" PRIMARY KEY ("DocumentId"),
    CONSTRAINT "FK_IdentityLock_Document" FOREIGN KEY ("DocumentId") REFERENCES "dms"."Document" ("DocumentId") ON DELETE CASCADE
);
CREATE TABLE "dms"."DocumentCache" (
    "DocumentId" bigint NOT NULL,
    "DocumentUuid" uuid NOT NULL,
    "ProjectName" varchar(256) NOT NULL,
    "ResourceName" varchar(256) NOT NULL,
    "ResourceVersion" varchar(64) NOT NULL,
    "Etag" bigint NOT NULL,
    "LastModifiedAt" timestamp with time zone NOT NULL,
    "DocumentJson" jsonb NOT NULL,
    "ComputedAt" timestamp with time zone NOT NULL DEFAULT now(),
    CONSTRAINT "PK_DocumentCache" PRIMARY KEY ("DocumentId"),
    CONSTRAINT "UX_DocumentCache_DocumentUuid" UNIQUE ("DocumentUuid"),
    CONSTRAINT "FK_DocumentCache_Document" FOREIGN KEY ("DocumentId") REFERENCES "dms"."Document" ("DocumentId") ON DELETE CASCADE,
    CONSTRAINT "CK_DocumentCache_DocumentJson" CHECK (jsonb_typeof("DocumentJson") = 'object')
);
CREATE INDEX "IX_DocumentCache_ProjectName_ResourceName_LastModifiedAt" ON "dms"."DocumentCache" ("ProjectName", "ResourceName", "LastModifiedAt", "DocumentId");
