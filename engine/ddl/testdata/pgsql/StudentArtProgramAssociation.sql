CREATE TABLE "sample"."StudentArtProgramAssociation" (
    "DocumentId"                                              bigint NOT NULL,
    "ArtPieces"                                               integer NULL,
    "BeginDate"                                               date NOT NULL,
    "EducationOrganization_DocumentId"                        bigint NOT NULL,
    "EndDate"                                                 date NULL,
    "ExhibitDate"                                             date NULL,
    "FavoriteBookBookTitle"                                   varchar(200) NULL,
    "FavoriteBookFavoriteBookCategoryDescriptor_DescriptorId" bigint NULL,
    "HoursPerDay"                                             numeric(5,2) NULL,
    "IdentificationCode"                                      varchar(60) NULL,
    "KilnReservation"                                         time NULL,
    "KilnReservationLength"                                   varchar(30) NULL,
    "MasteredMediums"                                         numeric(5,4) NULL,
    "NumberOfDaysInAttendance"                                numeric(18,4) NULL,
    "PortfolioPieces"                                         integer NULL,
    "PrivateArtProgram"                                       boolean NOT NULL,
    "ProgramFees"                                             numeric(19,4) NULL,
    "Program_Program_DocumentId"                              bigint NOT NULL,
    "ReasonExitedDescriptor_DescriptorId"                     bigint NULL,
    "ServedOutsideOfRegularSession"                           boolean NULL,
    "Student_DocumentId"                                      bigint NOT NULL,
    CONSTRAINT "PK_StudentArtProgramAssociation" PRIMARY KEY ("DocumentId"),
    CONSTRAINT "FK_StudentArtProgramAssociation_Document" FOREIGN KEY ("DocumentId") REFERENCES "dms"."Document" ("DocumentId") ON DELETE CASCADE,
    CONSTRAINT "UX_StudentArtProgramAssociation_NaturalKey" UNIQUE ("BeginDate", "EducationOrganization_DocumentId", "Program_Program_DocumentId", "Student_DocumentId")
);

CREATE TABLE "sample"."StudentArtProgramAssociationArtMedia" (
    "StudentArtProgramAssociation_DocumentId" bigint NOT NULL,
    "Ordinal"                                 integer NOT NULL,
    "ArtMediumDescriptor_DescriptorId"        bigint NOT NULL,
    CONSTRAINT "PK_StudentArtProgramAssociationArtMedia" PRIMARY KEY ("StudentArtProgramAssociation_DocumentId", "Ordinal"),
    CONSTRAINT "FK_StudentArtProgramAssociationArtMedia_StudentArtProg_f1defd46" FOREIGN KEY ("StudentArtProgramAssociation_DocumentId") REFERENCES "sample"."StudentArtProgramAssociation" ("DocumentId") ON DELETE CASCADE,
    CONSTRAINT "UX_StudentArtProgramAssociationArtMedia_ArtMediumDescr_fe2ec9d7" UNIQUE ("StudentArtProgramAssociation_DocumentId", "ArtMediumDescriptor_DescriptorId") DEFERRABLE INITIALLY IMMEDIATE
);

CREATE TABLE "sample"."StudentArtProgramAssociationFavoriteBookArtMedium" (
    "StudentArtProgramAssociation_DocumentId" bigint NOT NULL,
    "Ordinal"                                 integer NOT NULL,
    "ArtMediumDescriptor_DescriptorId"        bigint NOT NULL,
    "ArtPieces"                               integer NULL,
    CONSTRAINT "PK_StudentArtProgramAssociationFavoriteBookArtMedium" PRIMARY KEY ("StudentArtProgramAssociation_DocumentId", "Ordinal"),
    CONSTRAINT "FK_StudentArtProgramAssociationFavoriteBookArtMedium_S_357540eb" FOREIGN KEY ("StudentArtProgramAssociation_DocumentId") REFERENCES "sample"."StudentArtProgramAssociation" ("DocumentId") ON DELETE CASCADE,
    CONSTRAINT "UX_StudentArtProgramAssociationFavoriteBookArtMedium_A_8b617afe" UNIQUE ("StudentArtProgramAssociation_DocumentId", "ArtMediumDescriptor_DescriptorId") DEFERRABLE INITIALLY IMMEDIATE
);

CREATE TABLE "sample"."StudentArtProgramAssociationPortfolioYears" (
    "StudentArtProgramAssociation_DocumentId" bigint NOT NULL,
    "Ordinal"                                 integer NOT NULL,
    "PortfolioYear"                           integer NOT NULL,
    CONSTRAINT "PK_StudentArtProgramAssociationPortfolioYears" PRIMARY KEY ("StudentArtProgramAssociation_DocumentId", "Ordinal"),
    CONSTRAINT "FK_StudentArtProgramAssociationPortfolioYears_StudentA_bde7a950" FOREIGN KEY ("StudentArtProgramAssociation_DocumentId") REFERENCES "sample"."StudentArtProgramAssociation" ("DocumentId") ON DELETE CASCADE,
    CONSTRAINT "UX_StudentArtProgramAssociationPortfolioYears_PortfolioYear" UNIQUE ("StudentArtProgramAssociation_DocumentId", "PortfolioYear") DEFERRABLE INITIALLY IMMEDIATE
);

CREATE TABLE "sample"."StudentArtProgramAssociationProgramParticipationStatus" (
    "StudentArtProgramAssociation_DocumentId"    bigint NOT NULL,
    "Ordinal"                                    integer NOT NULL,
    "DesignatedBy"                               varchar(60) NULL,
    "ParticipationStatusDescriptor_DescriptorId" bigint NOT NULL,
    "StatusBeginDate"                            date NOT NULL,
    "StatusEndDate"                              date NULL,
    CONSTRAINT "PK_StudentArtProgramAssociationProgramParticipationStatus" PRIMARY KEY ("StudentArtProgramAssociation_DocumentId", "Ordinal"),
    CONSTRAINT "FK_StudentArtProgramAssociationProgramParticipationSta_868e1b2e" FOREIGN KEY ("StudentArtProgramAssociation_DocumentId") REFERENCES "sample"."StudentArtProgramAssociation" ("DocumentId") ON DELETE CASCADE,
    CONSTRAINT "UX_StudentArtProgramAssociationProgramParticipationSta_dbc33516" UNIQUE ("StudentArtProgramAssociation_DocumentId", "ParticipationStatusDescriptor_DescriptorId", "StatusBeginDate") DEFERRABLE INITIALLY IMMEDIATE
);

CREATE TABLE "sample"."StudentArtProgramAssociationService" (
    "StudentArtProgramAssociation_DocumentId" bigint NOT NULL,
    "Ordinal"                                 integer NOT NULL,
    "PrimaryIndicator"                        boolean NULL,
    "ServiceBeginDate"                        date NULL,
    "ServiceDescriptor_DescriptorId"          bigint NOT NULL,
    "ServiceEndDate"                          date NULL,
    CONSTRAINT "PK_StudentArtProgramAssociationService" PRIMARY KEY ("StudentArtProgramAssociation_DocumentId", "Ordinal"),
    CONSTRAINT "FK_StudentArtProgramAssociationService_StudentArtProgr_e39df23f" FOREIGN KEY ("StudentArtProgramAssociation_DocumentId") REFERENCES "sample"."StudentArtProgramAssociation" ("DocumentId") ON DELETE CASCADE,
    CONSTRAINT "UX_StudentArtProgramAssociationService_ServiceDescript_4fec2639" UNIQUE ("StudentArtProgramAssociation_DocumentId", "ServiceDescriptor_DescriptorId") DEFERRABLE INITIALLY IMMEDIATE
);

CREATE TABLE "sample"."StudentArtProgramAssociationStyle" (
    "StudentArtProgramAssociation_DocumentId" bigint NOT NULL,
    "Ordinal"                                 integer NOT NULL,
    "Style"                                   varchar(50) NOT NULL,
    CONSTRAINT "PK_StudentArtProgramAssociationStyle" PRIMARY KEY ("StudentArtProgramAssociation_DocumentId", "Ordinal"),
    CONSTRAINT "FK_StudentArtProgramAssociationStyle_StudentArtProgram_894c80bd" FOREIGN KEY ("StudentArtProgramAssociation_DocumentId") REFERENCES "sample"."StudentArtProgramAssociation" ("DocumentId") ON DELETE CASCADE,
    CONSTRAINT "UX_StudentArtProgramAssociationStyle_Style" UNIQUE ("StudentArtProgramAssociation_DocumentId", "Style") DEFERRABLE INITIALLY IMMEDIATE
);

ALTER TABLE "sample"."StudentArtProgramAssociation" ADD CONSTRAINT "FK_StudentArtProgramAssociation_EducationOrganization" FOREIGN KEY ("EducationOrganization_DocumentId") REFERENCES "dms"."Document" ("DocumentId");
ALTER TABLE "sample"."StudentArtProgramAssociation" ADD CONSTRAINT "FK_StudentArtProgramAssociation_Program_Program" FOREIGN KEY ("Program_Program_DocumentId") REFERENCES "edfi"."Program" ("DocumentId");
ALTER TABLE "sample"."StudentArtProgramAssociation" ADD CONSTRAINT "FK_StudentArtProgramAssociation_Student" FOREIGN KEY ("Student_DocumentId") REFERENCES "edfi"."Student" ("DocumentId");
ALTER TABLE "sample"."StudentArtProgramAssociation" ADD CONSTRAINT "FK_StudentArtProgramAssociation_FavoriteBookFavoriteBo_a085fa9d" FOREIGN KEY ("FavoriteBookFavoriteBookCategoryDescriptor_DescriptorId") REFERENCES "dms"."Descriptor" ("DocumentId");
ALTER TABLE "sample"."StudentArtProgramAssociation" ADD CONSTRAINT "FK_StudentArtProgramAssociation_ReasonExitedDescriptor" FOREIGN KEY ("ReasonExitedDescriptor_DescriptorId") REFERENCES "dms"."Descriptor" ("DocumentId");
ALTER TABLE "sample"."StudentArtProgramAssociationArtMedia" ADD CONSTRAINT "FK_StudentArtProgramAssociationArtMedia_ArtMediumDescriptor" FOREIGN KEY ("ArtMediumDescriptor_DescriptorId") REFERENCES "dms"."Descriptor" ("DocumentId");
ALTER TABLE "sample"."StudentArtProgramAssociationFavoriteBookArtMedium" ADD CONSTRAINT "FK_StudentArtProgramAssociationFavoriteBookArtMedium_A_599a2c70" FOREIGN KEY ("ArtMediumDescriptor_DescriptorId") REFERENCES "dms"."Descriptor" ("DocumentId");
ALTER TABLE "sample"."StudentArtProgramAssociationProgramParticipationStatus" ADD CONSTRAINT "FK_StudentArtProgramAssociationProgramParticipationSta_15a66149" FOREIGN KEY ("ParticipationStatusDescriptor_DescriptorId") REFERENCES "dms"."Descriptor" ("DocumentId");
ALTER TABLE "sample"."StudentArtProgramAssociationService" ADD CONSTRAINT "FK_StudentArtProgramAssociationService_ServiceDescriptor" FOREIGN KEY ("ServiceDescriptor_DescriptorId") REFERENCES "dms"."Descriptor" ("DocumentId");
CREATE INDEX "IX_StudentArtProgramAssociation_EducationOrganization__7f0c6c00" ON "sample"."StudentArtProgramAssociation" ("EducationOrganization_DocumentId");
CREATE INDEX "IX_StudentArtProgramAssociation_FavoriteBookFavoriteBo_18737395" ON "sample"."StudentArtProgramAssociation" ("FavoriteBookFavoriteBookCategoryDescriptor_DescriptorId");
CREATE INDEX "IX_StudentArtProgramAssociation_Program_Program_DocumentId" ON "sample"."StudentArtProgramAssociation" ("Program_Program_DocumentId");
CREATE INDEX "IX_StudentArtProgramAssociation_ReasonExitedDescriptor_ae95b3c6" ON "sample"."StudentArtProgramAssociation" ("ReasonExitedDescriptor_DescriptorId");
CREATE INDEX "IX_StudentArtProgramAssociation_Student_DocumentId" ON "sample"."StudentArtProgramAssociation" ("Student_DocumentId");
CREATE INDEX "IX_StudentArtProgramAssociation_ArtPieces" ON "sample"."StudentArtProgramAssociation" ("ArtPieces");
CREATE INDEX "IX_StudentArtProgramAssociation_EndDate" ON "sample"."StudentArtProgramAssociation" ("EndDate");
CREATE INDEX "IX_StudentArtProgramAssociation_ExhibitDate" ON "sample"."StudentArtProgramAssociation" ("ExhibitDate");
CREATE INDEX "IX_StudentArtProgramAssociation_HoursPerDay" ON "sample"."StudentArtProgramAssociation" ("HoursPerDay");
CREATE INDEX "IX_StudentArtProgramAssociation_IdentificationCode" ON "sample"."StudentArtProgramAssociation" ("IdentificationCode");
CREATE INDEX "IX_StudentArtProgramAssociation_KilnReservation" ON "sample"."StudentArtProgramAssociation" ("KilnReservation");
CREATE INDEX "IX_StudentArtProgramAssociation_KilnReservationLength" ON "sample"."StudentArtProgramAssociation" ("KilnReservationLength");
CREATE INDEX "IX_StudentArtProgramAssociation_MasteredMediums" ON "sample"."StudentArtProgramAssociation" ("MasteredMediums");
CREATE INDEX "IX_StudentArtProgramAssociation_NumberOfDaysInAttendance" ON "sample"."StudentArtProgramAssociation" ("NumberOfDaysInAttendance");
CREATE INDEX "IX_StudentArtProgramAssociation_PortfolioPieces" ON "sample"."StudentArtProgramAssociation" ("PortfolioPieces");
CREATE INDEX "IX_StudentArtProgramAssociation_PrivateArtProgram" ON "sample"."StudentArtProgramAssociation" ("PrivateArtProgram");
CREATE INDEX "IX_StudentArtProgramAssociation_ProgramFees" ON "sample"."StudentArtProgramAssociation" ("ProgramFees");
CREATE INDEX "IX_StudentArtProgramAssociation_ServedOutsideOfRegularSession" ON "sample"."StudentArtProgramAssociation" ("ServedOutsideOfRegularSession");
CREATE INDEX "IX_StudentArtProgramAssociationArtMedia_ArtMediumDescr_5473c258" ON "sample"."StudentArtProgramAssociationArtMedia" ("ArtMediumDescriptor_DescriptorId");
CREATE INDEX "IX_StudentArtProgramAssociationFavoriteBookArtMedium_A_9f984106" ON "sample"."StudentArtProgramAssociationFavoriteBookArtMedium" ("ArtMediumDescriptor_DescriptorId");
CREATE INDEX "IX_StudentArtProgramAssociationProgramParticipationSta_79a19a43" ON "sample"."StudentArtProgramAssociationProgramParticipationStatus" ("ParticipationStatusDescriptor_DescriptorId");
CREATE INDEX "IX_StudentArtProgramAssociationService_ServiceDescript_0e4ac239" ON "sample"."StudentArtProgramAssociationService" ("ServiceDescriptor_DescriptorId");
