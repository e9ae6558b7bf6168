CREATE TABLE [sample].[StudentArtProgramAssociation] (
    [DocumentId]                                              bigint NOT NULL,
    [ArtPieces]                                               int NULL,
    [BeginDate]                                               date NOT NULL,
    [EducationOrganization_DocumentId]                        bigint NOT NULL,
    [EndDate]                                                 date NULL,
    [ExhibitDate]                                             date NULL,
    [FavoriteBookBookTitle]                                   nvarchar(200) NULL,
    [FavoriteBookFavoriteBookCategoryDescriptor_DescriptorId] bigint NULL,
    [HoursPerDay]                                             decimal(5,2) NULL,
    [IdentificationCode]                                      nvarchar(60) NULL,
    [KilnReservation]                                         time(7) NULL,
    [KilnReservationLength]                                   nvarchar(30) NULL,
    [MasteredMediums]                                         decimal(5,4) NULL,
    [NumberOfDaysInAttendance]                                decimal(18,4) NULL,
    [PortfolioPieces]                                         int NULL,
    [PrivateArtProgram]                                       bit NOT NULL,
    [ProgramFees]                                             decimal(19,4) NULL,
    [Program_Program_DocumentId]                              bigint NOT NULL,
    [ReasonExitedDescriptor_DescriptorId]                     bigint NULL,
    [ServedOutsideOfRegularSession]                           bit NULL,
    [Student_DocumentId]                                      bigint NOT NULL,
    CONSTRAINT [PK_StudentArtProgramAssociation] PRIMARY KEY CLUSTERED ([DocumentId]),
    CONSTRAINT [FK_StudentArtProgramAssociation_Document] FOREIGN KEY ([DocumentId]) REFERENCES [dms].[Document] ([DocumentId]) ON DELETE CASCADE,
    CONSTRAINT [UX_StudentArtProgramAssociation_NaturalKey] UNIQUE NONCLUSTERED ([BeginDate], [EducationOrganization_DocumentId], [Program_Program_DocumentId], [Student_DocumentId])
);

CREATE TABLE [sample].[StudentArtProgramAssociationArtMedia] (
    [StudentArtProgramAssociation_DocumentId] bigint NOT NULL,
    [Ordinal]                                 int NOT NULL,
    [ArtMediumDescriptor_DescriptorId]        bigint NOT NULL,
    CONSTRAINT [PK_StudentArtProgramAssociationArtMedia] PRIMARY KEY CLUSTERED ([StudentArtProgramAssociation_DocumentId], [Ordinal]),
    CONSTRAINT [FK_StudentArtProgramAssociationArtMedia_StudentArtProgramAssociation] FOREIGN KEY ([StudentArtProgramAssociation_DocumentId]) REFERENCES [sample].[StudentArtProgramAssociation] ([DocumentId]) ON DELETE CASCADE,
    CONSTRAINT [UX_StudentArtProgramAssociationArtMedia_ArtMediumDescriptor_DescriptorId] UNIQUE NONCLUSTERED ([StudentArtProgramAssociation_DocumentId], [ArtMediumDescriptor_DescriptorId])
);

CREATE TABLE [sample].[StudentArtProgramAssociationFavoriteBookArtMedium] (
    [StudentArtProgramAssociation_DocumentId] bigint NOT NULL,
    [Ordinal]                                 int NOT NULL,
    [ArtMediumDescriptor_DescriptorId]        bigint NOT NULL,
    [ArtPieces]                               int NULL,
    CONSTRAINT [PK_StudentArtProgramAssociationFavoriteBookArtMedium] PRIMARY KEY CLUSTERED ([StudentArtProgramAssociation_DocumentId], [Ordinal]),
    CONSTRAINT [FK_StudentArtProgramAssociationFavoriteBookArtMedium_StudentArtProgramAssociation] FOREIGN KEY ([StudentArtProgramAssociation_DocumentId]) REFERENCES [sample].[StudentArtProgramAssociation] ([DocumentId]) ON DELETE CASCADE,
    CONSTRAINT [UX_StudentArtProgramAssociationFavoriteBookArtMedium_ArtMediumDescriptor_DescriptorId] UNIQUE NONCLUSTERED ([StudentArtProgramAssociation_DocumentId], [ArtMediumDescriptor_DescriptorId])
);

CREATE TABLE [sample].[StudentArtProgramAssociationPortfolioYears] (
    [StudentArtProgramAssociation_DocumentId] bigint NOT NULL,
    [Ordinal]                                 int NOT NULL,
    [PortfolioYear]                           int NOT NULL,
    CONSTRAINT [PK_StudentArtProgramAssociationPortfolioYears] PRIMARY KEY CLUSTERED ([StudentArtProgramAssociation_DocumentId], [Ordinal]),
    CONSTRAINT [FK_StudentArtProgramAssociationPortfolioYears_StudentArtProgramAssociation] FOREIGN KEY ([StudentArtProgramAssociation_DocumentId]) REFERENCES [sample].[StudentArtProgramAssociation] ([DocumentId]) ON DELETE CASCADE,
    CONSTRAINT [UX_StudentArtProgramAssociationPortfolioYears_PortfolioYear] UNIQUE NONCLUSTERED ([StudentArtProgramAssociation_DocumentId], [PortfolioYear])
);

CREATE TABLE [sample].[StudentArtProgramAssociationProgramParticipationStatus] (
    [StudentArtProgramAssociation_DocumentId]    bigint NOT NULL,
    [Ordinal]                                    int NOT NULL,
    [DesignatedBy]                               nvarchar(60) NULL,
    [ParticipationStatusDescriptor_DescriptorId] bigint NOT NULL,
    [StatusBeginDate]                            date NOT NULL,
    [StatusEndDate]                              date NULL,
    CONSTRAINT [PK_StudentArtProgramAssociationProgramParticipationStatus] PRIMARY KEY CLUSTERED ([StudentArtProgramAssociation_DocumentId], [Ordinal]),
    CONSTRAINT [FK_StudentArtProgramAssociationProgramParticipationStatus_StudentArtProgramAssociation] FOREIGN KEY ([StudentArtProgramAssociation_DocumentId]) REFERENCES [sample].[StudentArtProgramAssociation] ([DocumentId]) ON DELETE CASCADE,
    CONSTRAINT [UX_StudentArtProgramAssociationProgramParticipationStatus_ParticipationStatusDescriptor_DescriptorId_StatusBeginDate] UNIQUE NONCLUSTERED ([StudentArtProgramAssociation_DocumentId], [ParticipationStatusDescriptor_DescriptorId], [StatusBeginDate])
);

CREATE TABLE [sample].[StudentArtProgramAssociationService] (
    [StudentArtProgramAssociation_DocumentId] bigint NOT NULL,
    [Ordinal]                                 int NOT NULL,
    [PrimaryIndicator]                        bit NULL,
    [ServiceBeginDate]                        date NULL,
    [ServiceDescriptor_DescriptorId]          bigint NOT NULL,
    [ServiceEndDate]                          date NULL,
    CONSTRAINT [PK_StudentArtProgramAssociationService] PRIMARY KEY CLUSTERED ([StudentArtProgramAssociation_DocumentId], [Ordinal]),
    CONSTRAINT [FK_StudentArtProgramAssociationService_StudentArtProgramAssociation] FOREIGN KEY ([StudentArtProgramAssociation_DocumentId]) REFERENCES [sample].[StudentArtProgramAssociation] ([DocumentId]) ON DELETE CASCADE,
    CONSTRAINT [UX_StudentArtProgramAssociationService_ServiceDescriptor_DescriptorId] UNIQUE NONCLUSTERED ([StudentArtProgramAssociation_DocumentId], [ServiceDescriptor_DescriptorId])
);

CREATE TABLE [sample].[StudentArtProgramAssociationStyle] (
    [StudentArtProgramAssociation_DocumentId] bigint NOT NULL,
    [Ordinal]                                 int NOT NULL,
    [Style]                                   nvarchar(50) NOT NULL,
    CONSTRAINT [PK_StudentArtProgramAssociationStyle] PRIMARY KEY CLUSTERED ([StudentArtProgramAssociation_DocumentId], [Ordinal]),
    CONSTRAINT [FK_StudentArtProgramAssociationStyle_StudentArtProgramAssociation] FOREIGN KEY ([StudentArtProgramAssociation_DocumentId]) REFERENCES [sample].[StudentArtProgramAssociation] ([DocumentId]) ON DELETE CASCADE,
    CONSTRAINT [UX_StudentArtProgramAssociationStyle_Style] UNIQUE NONCLUSTERED ([StudentArtProgramAssociation_DocumentId], [Style])
);

ALTER TABLE [sample].[StudentArtProgramAssociation] ADD CONSTRAINT [FK_StudentArtProgramAssociation_EducationOrganization] FOREIGN KEY ([EducationOrganization_DocumentId]) REFERENCES [dms].[Document] ([DocumentId]);
ALTER TABLE [sample].[StudentArtProgramAssociation] ADD CONSTRAINT [FK_StudentArtProgramAssociation_Program_Program] FOREIGN KEY ([Program_Program_DocumentId]) REFERENCES [edfi].[Program] ([DocumentId]);
ALTER TABLE [sample].[StudentArtProgramAssociation] ADD CONSTRAINT [FK_StudentArtProgramAssociation_Student] FOREIGN KEY ([Student_DocumentId]) REFERENCES [edfi].[Student] ([DocumentId]);
ALTER TABLE [sample].[StudentArtProgramAssociation] ADD CONSTRAINT [FK_StudentArtProgramAssociation_FavoriteBookFavoriteBookCategoryDescriptor] FOREIGN KEY ([FavoriteBookFavoriteBookCategoryDescriptor_DescriptorId]) REFERENCES [dms].[Descriptor] ([DocumentId]);
ALTER TABLE [sample].[StudentArtProgramAssociation] ADD CONSTRAINT [FK_StudentArtProgramAssociation_ReasonExitedDescriptor] FOREIGN KEY ([ReasonExitedDescriptor_DescriptorId]) REFERENCES [dms].[Descriptor] ([DocumentId]);
ALTER TABLE [sample].[StudentArtProgramAssociationArtMedia] ADD CONSTRAINT [FK_StudentArtProgramAssociationArtMedia_ArtMediumDescriptor] FOREIGN KEY ([ArtMediumDescriptor_DescriptorId]) REFERENCES [dms].[Descriptor] ([DocumentId]);
ALTER TABLE [sample].[StudentArtProgramAssociationFavoriteBookArtMedium] ADD CONSTRAINT [FK_StudentArtProgramAssociationFavoriteBookArtMedium_ArtMediumDescriptor] FOREIGN KEY ([ArtMediumDescriptor_DescriptorId]) REFERENCES [dms].[Descriptor] ([DocumentId]);
ALTER TABLE [sample].[StudentArtProgramAssociationProgramParticipationStatus] ADD CONSTRAINT [FK_StudentArtProgramAssociationProgramParticipationStatus_ParticipationStatusDescriptor] FOREIGN KEY ([ParticipationStatusDescriptor_DescriptorId]) REFERENCES [dms].[Descriptor] ([DocumentId]);
ALTER TABLE [sample].[StudentArtProgramAssociationService] ADD CONSTRAINT [FK_StudentArtProgramAssociationService_ServiceDescriptor] FOREIGN KEY ([ServiceDescriptor_DescriptorId]) REFERENCES [dms].[Descriptor] ([DocumentId]);
CREATE INDEX [IX_StudentArtProgramAssociation_EducationOrganization_DocumentId] ON [sample].[StudentArtProgramAssociation] ([EducationOrganization_DocumentId]);
CREATE INDEX [IX_StudentArtProgramAssociation_FavoriteBookFavoriteBookCategoryDescriptor_DescriptorId] ON [sample].[StudentArtProgramAssociation] ([FavoriteBookFavoriteBookCategoryDescriptor_DescriptorId]);
CREATE INDEX [IX_StudentArtProgramAssociation_Program_Program_DocumentId] ON [sample].[StudentArtProgramAssociation] ([Program_Program_DocumentId]);
CREATE INDEX [IX_StudentArtProgramAssociation_ReasonExitedDescriptor_DescriptorId] ON [sample].[StudentArtProgramAssociation] ([ReasonExitedDescriptor_DescriptorId]);
CREATE INDEX [IX_StudentArtProgramAssociation_Student_DocumentId] ON [sample].[StudentArtProgramAssociation] ([Student_DocumentId]);
CREATE INDEX [IX_StudentArtProgramAssociation_ArtPieces] ON [sample].[StudentArtProgramAssociation] ([ArtPieces]);
CREATE INDEX [IX_StudentArtProgramAssociation_EndDate] ON [sample].[StudentArtProgramAssociation] ([EndDate]);
CREATE INDEX [IX_StudentArtProgramAssociation_ExhibitDate] ON [sample].[StudentArtProgramAssociation] ([ExhibitDate]);
CREATE INDEX [IX_StudentArtProgramAssociation_HoursPerDay] ON [sample].[StudentArtProgramAssociation] ([HoursPerDay]);
CREATE INDEX [IX_StudentArtProgramAssociation_IdentificationCode] ON [sample].[StudentArtProgramAssociation] ([IdentificationCode]);
CREATE INDEX [IX_StudentArtProgramAssociation_KilnReservation] ON [sample].[StudentArtProgramAssociation] ([KilnReservation]);
CREATE INDEX [IX_StudentArtProgramAssociation_KilnReservationLength] ON [sample].[StudentArtProgramAssociation] ([KilnReservationLength]);
CREATE INDEX [IX_StudentArtProgramAssociation_MasteredMediums] ON [sample].[StudentArtProgramAssociation] ([MasteredMediums]);
CREATE INDEX [IX_StudentArtProgramAssociation_NumberOfDaysInAttendance] ON [sample].[StudentArtProgramAssociation] ([NumberOfDaysInAttendance]);
CREATE INDEX [IX_StudentArtProgramAssociation_PortfolioPieces] ON [sample].[StudentArtProgramAssociation] ([PortfolioPieces]);
CREATE INDEX [IX_StudentArtProgramAssociation_PrivateArtProgram] ON [sample].[StudentArtProgramAssociation] ([PrivateArtProgram]);
CREATE INDEX [IX_StudentArtProgramAssociation_ProgramFees] ON [sample].[StudentArtProgramAssociation] ([ProgramFees]);
CREATE INDEX [IX_StudentArtProgramAssociation_ServedOutsideOfRegularSession] ON [sample].[StudentArtProgramAssociation] ([ServedOutsideOfRegularSession]);
CREATE INDEX [IX_StudentArtProgramAssociationArtMedia_ArtMediumDescriptor_DescriptorId] ON [sample].[StudentArtProgramAssociationArtMedia] ([ArtMediumDescriptor_DescriptorId]);
CREATE INDEX [IX_StudentArtProgramAssociationFavoriteBookArtMedium_ArtMediumDescriptor_DescriptorId] ON [sample].[StudentArtProgramAssociationFavoriteBookArtMedium] ([ArtMediumDescriptor_DescriptorId]);
CREATE INDEX [IX_StudentArtProgramAssociationProgramParticipationStatus_ParticipationStatusDescriptor_DescriptorId] ON [sample].[StudentArtProgramAssociationProgramParticipationStatus] ([ParticipationStatusDescriptor_DescriptorId]);
CREATE INDEX [IX_StudentArtProgramAssociationService_ServiceDescriptor_DescriptorId] ON [sample].[StudentArtProgramAssociationService] ([ServiceDescriptor_DescriptorId]);
