CREATE TABLE [dms].[Document] (
    [DocumentId] bigint IDENTITY(1,1) NOT NULL,
    [DocumentUuid] uniqueidentifier NOT NULL,
    [ProjectName] nvarchar(256) NOT NULL,
    [ResourceName] nvarchar(256) NOT NULL,
    [ResourceVersion] nvarchar(64) NOT NULL,
    [Etag] bigint NOT NULL CONSTRAINT [DF_Document_Etag] DEFAULT 1,
    [CreatedAt] datetime2(7) NOT NULL CONSTRAINT [DF_Document_CreatedAt] DEFAULT sysutcdatetime(),
    [LastModifiedAt] datetime2(7) NOT NULL CONSTRAINT [DF_Document_LastModifiedAt] DEFAULT sysutcdatetime(),
    CONSTRAINT [PK_Document] PRIMARY KEY CLUSTERED ([DocumentId]),
    CONSTRAINT [UX_Document_DocumentUuid] UNIQUE NONCLUSTERED ([DocumentUuid])
);
CREATE INDEX [IX_Document_ProjectName_ResourceName_DocumentId] ON [dms].[Document] ([ProjectName], [ResourceName], [DocumentId]);
CREATE TABLE [dms].[ReferentialIdentity] (
    [ReferentialId] uniqueidentifier NOT NULL,
    [DocumentId] bigint NOT NULL,
    [ProjectName] nvarchar(256) NOT NULL,
    [ResourceName] nvarchar(256) NOT NULL,
    CONSTRAINT [PK_ReferentialIdentity] PRIMARY KEY NONCLUSTERED ([ReferentialId]),
    CONSTRAINT [UX_ReferentialIdentity_DocumentId_Resource] UNIQUE CLUSTERED ([DocumentId], [ProjectName], [ResourceName]),
    CONSTRAINT [FK_ReferentialIdentity_Document] FOREIGN KEY ([DocumentId]) REFERENCES [dms].[Document] ([DocumentId]) ON DELETE CASCADE
);
CREATE TABLE [dms].[Descriptor] (
    [DocumentId] bigint NOT NULL,
    [Namespace] nvarchar(255) NOT NULL,
    [CodeValue] nvarchar(50) NOT NULL,
    [ShortDescription] nvarchar(75) NOT NULL,
    [Description] nvarchar(1024) NULL,
    [EffectiveBeginDate] date NULL,
    [EffectiveEndDate] date NULL,
    [Discriminator] nvarchar(128) NOT NULL,
    [Uri] nvarchar(306) NOT NULL,
    CONSTRAINT [PK_Descriptor] PRIMARY KEY CLUSTERED ([DocumentId]),
    CONSTRAINT [UX_Descriptor_Uri_Discriminator] UNIQUE NONCLUSTERED ([Uri], [Discriminator]),
    CONSTRAINT [FK_Descriptor_Document] FOREIGN KEY ([DocumentId]) REFERENCES [dms].[Document] ([DocumentId]) ON DELETE CASCADE
);
CREATE TABLE [dms].[EffectiveSchema] (
    [EffectiveSchemaId] bigint IDENTITY(1,1) NOT NULL,
    [ApiSchemaFormatVersion] nvarchar(64) NOT NULL,
    [EffectiveSchemaHash] nvarchar(64) NOT NULL,
    [AppliedAt] datetime2(7) NOT NULL CONSTRAINT [DF_EffectiveSchema_AppliedAt] DEFAULT sysutcdatetime(),
    CONSTRAINT [PK_EffectiveSchema] PRIMARY KEY CLUSTERED ([EffectiveSchemaId]),
    CONSTRAINT [UX_EffectiveSchema_EffectiveSchemaHash] UNIQUE NONCLUSTERED ([EffectiveSchemaHash])
);
CREATE TABLE [dms].[SchemaComponent] (
    [EffectiveSchemaId] bigint NOT NULL,
    [ProjectNamespace] nvarchar(128) NOT NULL,
    [ProjectName] nvarchar(256) NOT NULL,
    [ProjectVersion] nvarchar(64) NOT NULL,
    [IsExtensionProject] bit NOT NULL,
    CONSTRAINT [PK_SchemaComponent] PRIMARY KEY CLUSTERED ([EffectiveSchemaId], [ProjectNamespace]),
    CONSTRAINT [FK_SchemaComponent_EffectiveSchema] FOREIGN KEY ([EffectiveSchemaId]) REFERENCES [dms].[EffectiveSchema] ([EffectiveSchemaId]) ON DELETE CASCADE
);
CREATE TABLE [dms].[ReferenceEdge] (
    [ParentDocumentId] bigint NOT NULL,
    [ChildDocumentId] bigint NOT NULL,
    [IsIdentityComponent] bit NOT NULL,
    [CreatedAt] datetime2(7) NOT NULL CONSTRAINT [DF_ReferenceEdge_CreatedAt] DEFAULT sysutcdatetime(),
    CONSTRAINT [PK_ReferenceEdge] PRIMARY KEY CLUSTERED ([ParentDocumentId], [ChildDocumentId]),
    CONSTRAINT [FK_ReferenceEdge_Parent] FOREIGN KEY ([ParentDocumentId]) REFERENCES [dms].[Document] ([DocumentId]) ON DELETE CASCADE,
    CONSTRAINT [FK_ReferenceEdge_Child] FOREIGN KEY ([ChildDocumentId]) REFERENCES [dms].[Document] ([DocumentId])
);
CREATE INDEX [IX_ReferenceEdge_ChildDocumentId] ON [dms].[ReferenceEdge] ([ChildDocumentId], [IsIdentityComponent]) INCLUDE ([ParentDocumentId]);
CREATE TABLE [dms].[IdentityLock] (
    [DocumentId] bigint NOT NULL,
    CONSTRAINT [PK_IdentityLock] PRIMARY KEY CLUSTERED ([DocumentId]),
    CONSTRAINT [FK_IdentityLock_Document] FOREIGN KEY ([DocumentId]) REFERENCES [dms].[Document] ([DocumentId]) ON DELETE CASCADE
);
CREATE TABLE [dms].[DocumentCache] (
    [DocumentId] bigint NOT NULL,
    [DocumentUuid] uniqueidentifier NOT NULL,
    [ProjectName] nvarchar(256) NOT NULL,
    [ResourceName] nvarchar(256) NOT NULL,
    [ResourceVersion] nvarchar(64) NOT NULL,
    [Etag] bigint NOT NULL,
    [LastModifiedAt] datetime2(7) NOT NULL,
    [DocumentJson] nvarchar(max) NOT NULL,
    [ComputedAt] datetime2(7) NOT NULL CONSTRAINT [DF_DocumentCache_ComputedAt] DEFAULT sysutcdatetime(),
    CONSTRAINT [PK_DocumentCache] PRIMARY KEY CLUSTERED ([DocumentId]),
    CONSTRAINT [UX_DocumentCache_DocumentUuid] UNIQUE NONCLUSTERED ([DocumentUuid]),
    CONSTRAINT [FK_DocumentCache_Document] FOREIGN KEY ([DocumentId]) REFERENCES [dms].[Document] ([DocumentId]) ON DELETE CASCADE,
    CONSTRAINT [CK_DocumentCache_DocumentJson] CHECK (ISJSON([DocumentJson]) = 1 AND LEFT(LTRIM([DocumentJson]), 1) = N'{')
);
CREATE INDEX [IX_DocumentCache_ProjectName_ResourceName_LastModifiedAt] ON [dms].[DocumentCache] ([ProjectName], [ResourceName], [LastModifiedAt], [DocumentId]);
