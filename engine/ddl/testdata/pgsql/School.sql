CREATE TABLE "edfi"."School" (
    "DocumentId"                                                bigint NOT NULL,
    "AdministrativeFundingControlDescriptor_DescriptorId"       bigint NULL,
    "CharterApprovalAgencyTypeDescriptor_DescriptorId"          bigint NULL,
    "CharterApprovalSchoolYearType_DocumentId"                  bigint NULL,
    "CharterStatusDescriptor_DescriptorId"                      bigint NULL,
    "InternetAccessDescriptor_DescriptorId"                     bigint NULL,
    "LocalEducationAgency_DocumentId"                           bigint NULL,
    "MagnetSpecialProgramEmphasisSchoolDescriptor_DescriptorId" bigint NULL,
    "NameOfInstitution"                                         varchar(75) NOT NULL,
    "OperationalStatusDescriptor_DescriptorId"                  bigint NULL,
    "SchoolId"                                                  integer NOT NULL,
    "SchoolTypeDescriptor_DescriptorId"                         bigint NULL,
    "ShortNameOfInstitution"                                    varchar(75) NULL,
    "TitleIPartASchoolDesignationDescriptor_DescriptorId"       bigint NULL,
    "WebSite"                                                   varchar(255) NULL,
    CONSTRAINT "PK_School" PRIMARY KEY ("DocumentId"),
    CONSTRAINT "FK_School_Document" FOREIGN KEY ("DocumentId") REFERENCES "dms"."Document" ("DocumentId") ON DELETE CASCADE,
    CONSTRAINT "UX_School_NaturalKey" UNIQUE ("SchoolId")
);

CREATE TABLE "edfi"."SchoolAddress" (
    "School_DocumentId"                        bigint NOT NULL,
    "Ordinal"                                  integer NOT NULL,
    "AddressTypeDescriptor_DescriptorId"       bigint NOT NULL,
    "ApartmentRoomSuiteNumber"                 varchar(50) NULL,
    "BuildingSiteNumber"                       varchar(20) NULL,
    "City"                                     varchar(30) NOT NULL,
    "CongressionalDistrict"                    varchar(30) NULL,
    "CountyFIPSCode"                           varchar(5) NULL,
    "DoNotPublishIndicator"                    boolean NULL,
    "Latitude"                                 varchar(20) NULL,
    "LocaleDescriptor_DescriptorId"            bigint NULL,
    "Longitude"                                varchar(20) NULL,
    "NameOfCounty"                             varchar(30) NULL,
    "PostalCode"                               varchar(17) NOT NULL,
    "StateAbbreviationDescriptor_DescriptorId" bigint NOT NULL,
    "StreetNumberName"                         varchar(150) NOT NULL,
    CONSTRAINT "PK_SchoolAddress" PRIMARY KEY ("School_DocumentId", "Ordinal"),
    CONSTRAINT "FK_SchoolAddress_School" FOREIGN KEY ("School_DocumentId") REFERENCES "edfi"."School" ("DocumentId") ON DELETE CASCADE
);

CREATE TABLE "edfi"."SchoolAddressPeriod" (
    "School_DocumentId" bigint NOT NULL,
    "AddressOrdinal"    integer NOT NULL,
    "Ordinal"           integer NOT NULL,
    "BeginDate"         date NOT NULL,
    "EndDate"           date NULL,
    CONSTRAINT "PK_SchoolAddressPeriod" PRIMARY KEY ("School_DocumentId", "AddressOrdinal", "Ordinal"),
    CONSTRAINT "FK_SchoolAddressPeriod_SchoolAddress" FOREIGN KEY ("School_DocumentId", "AddressOrdinal") REFERENCES "edfi"."SchoolAddress" ("School_DocumentId", "Ordinal") ON DELETE CASCADE
);

CREATE TABLE "edfi"."SchoolEducationOrganizationCategory" (
    "School_DocumentId"                                    bigint NOT NULL,
    "Ordinal"                                              integer NOT NULL,
    "EducationOrganizationCategoryDescriptor_DescriptorId" bigint NOT NULL,
    CONSTRAINT "PK_SchoolEducationOrganizationCategory" PRIMARY KEY ("School_DocumentId", "Ordinal"),
    CONSTRAINT "FK_SchoolEducationOrganizationCategory_School" FOREIGN KEY ("School_DocumentId") REFERENCES "edfi"."School" ("DocumentId") ON DELETE CASCADE
);

CREATE TABLE "edfi"."SchoolGradeLevel" (
    "School_DocumentId"                 bigint NOT NULL,
    "Ordinal"                           integer NOT NULL,
    "GradeLevelDescriptor_DescriptorId" bigint NOT NULL,
    CONSTRAINT "PK_SchoolGradeLevel" PRIMARY KEY ("School_DocumentId", "Ordinal"),
    CONSTRAINT "FK_SchoolGradeLevel_School" FOREIGN KEY ("School_DocumentId") REFERENCES "edfi"."School" ("DocumentId") ON DELETE CASCADE
);

CREATE TABLE "edfi"."SchoolIdentificationCode" (
    "School_DocumentId"                                               bigint NOT NULL,
    "Ordinal"                                                         integer NOT NULL,
    "EducationOrganizationIdentificationSystemDescriptor_De_f63fb21e" bigint NOT NULL,
    "IdentificationCode"                                              varchar(60) NOT NULL,
    CONSTRAINT "PK_SchoolIdentificationCode" PRIMARY KEY ("School_DocumentId", "Ordinal"),
    CONSTRAINT "FK_SchoolIdentificationCode_School" FOREIGN KEY ("School_DocumentId") REFERENCES "edfi"."School" ("DocumentId") ON DELETE CASCADE
);

CREATE TABLE "edfi"."SchoolIndicator" (
    "School_DocumentId"                     bigint NOT NULL,
    "Ordinal"                               integer NOT NULL,
    "DesignatedBy"                          varchar(60) NULL,
    "IndicatorDescriptor_DescriptorId"      bigint NOT NULL,
    "IndicatorGroupDescriptor_DescriptorId" bigint NULL,
    "IndicatorLevelDescriptor_DescriptorId" bigint NULL,
    "IndicatorValue"                        varchar(60) NULL,
    CONSTRAINT "PK_SchoolIndicator" PRIMARY KEY ("School_DocumentId", "Ordinal"),
    CONSTRAINT "FK_SchoolIndicator_School" FOREIGN KEY ("School_DocumentId") REFERENCES "edfi"."School" ("DocumentId") ON DELETE CASCADE
);

CREATE TABLE "edfi"."SchoolIndicatorPeriod" (
    "School_DocumentId" bigint NOT NULL,
    "IndicatorOrdinal"  integer NOT NULL,
    "Ordinal"           integer NOT NULL,
    "BeginDate"         date NOT NULL,
    "EndDate"           date NULL,
    CONSTRAINT "PK_SchoolIndicatorPeriod" PRIMARY KEY ("School_DocumentId", "IndicatorOrdinal", "Ordinal"),
    CONSTRAINT "FK_SchoolIndicatorPeriod_SchoolIndicator" FOREIGN KEY ("School_DocumentId", "IndicatorOrdinal") REFERENCES "edfi"."SchoolIndicator" ("School_DocumentId", "Ordinal") ON DELETE CASCADE
);

CREATE TABLE "edfi"."SchoolInstitutionTelephone" (
    "School_DocumentId"                                     bigint NOT NULL,
    "Ordinal"                                               integer NOT NULL,
    "InstitutionTelephoneNumberTypeDescriptor_DescriptorId" bigint NOT NULL,
    "TelephoneNumber"                                       varchar(24) NOT NULL,
    CONSTRAINT "PK_SchoolInstitutionTelephone" PRIMARY KEY ("School_DocumentId", "Ordinal"),
    CONSTRAINT "FK_SchoolInstitutionTelephone_School" FOREIGN KEY ("School_DocumentId") REFERENCES "edfi"."School" ("DocumentId") ON DELETE CASCADE
);

CREATE TABLE "edfi"."SchoolInternationalAddress" (
    "School_DocumentId"                  bigint NOT NULL,
    "Ordinal"                            integer NOT NULL,
    "AddressLine1"                       varchar(150) NOT NULL,
    "AddressLine2"                       varchar(150) NULL,
    "AddressLine3"                       varchar(150) NULL,
    "AddressLine4"                       varchar(150) NULL,
    "AddressTypeDescriptor_DescriptorId" bigint NOT NULL,
    "BeginDate"                          date NULL,
    "CountryDescriptor_DescriptorId"     bigint NOT NULL,
    "EndDate"                            date NULL,
    "Latitude"                           varchar(20) NULL,
    "Longitude"                          varchar(20) NULL,
    CONSTRAINT "PK_SchoolInternationalAddress" PRIMARY KEY ("School_DocumentId", "Ordinal"),
    CONSTRAINT "FK_SchoolInternationalAddress_School" FOREIGN KEY ("School_DocumentId") REFERENCES "edfi"."School" ("DocumentId") ON DELETE CASCADE
);

CREATE TABLE "edfi"."SchoolSchoolCategory" (
    "School_DocumentId"                     bigint NOT NULL,
    "Ordinal"                               integer NOT NULL,
    "SchoolCategoryDescriptor_DescriptorId" bigint NOT NULL,
    CONSTRAINT "PK_SchoolSchoolCategory" PRIMARY KEY ("School_DocumentId", "Ordinal"),
    CONSTRAINT "FK_SchoolSchoolCategory_School" FOREIGN KEY ("School_DocumentId") REFERENCES "edfi"."School" ("DocumentId") ON DELETE CASCADE
);

CREATE TABLE "sample"."SchoolExtension" (
    "DocumentId"                                                bigint NOT NULL,
    "CteProgramServiceCipCode"                                  varchar(120) NULL,
    "CteProgramServiceCteProgramServiceDescriptor_DescriptorId" bigint NULL,
    "CteProgramServicePrimaryIndicator"                         boolean NULL,
    "CteProgramServiceServiceBeginDate"                         date NULL,
    "CteProgramServiceServiceEndDate"                           date NULL,
    "IsExemplary"                                               boolean NULL,
    CONSTRAINT "PK_SchoolExtension" PRIMARY KEY ("DocumentId"),
    CONSTRAINT "FK_SchoolExtension_School" FOREIGN KEY ("DocumentId") REFERENCES "edfi"."School" ("DocumentId") ON DELETE CASCADE
);

CREATE TABLE "sample"."SchoolExtensionDirectlyOwnedBus" (
    "School_DocumentId"            bigint NOT NULL,
    "Ordinal"                      integer NOT NULL,
    "DirectlyOwned_Bus_DocumentId" bigint NOT NULL,
    CONSTRAINT "PK_SchoolExtensionDirectlyOwnedBus" PRIMARY KEY ("School_DocumentId", "Ordinal"),
    CONSTRAINT "FK_SchoolExtensionDirectlyOwnedBus_SchoolExtension" FOREIGN KEY ("School_DocumentId") REFERENCES "sample"."SchoolExtension" ("DocumentId") ON DELETE CASCADE
);

CREATE TABLE "tpdm"."SchoolExtension" (
    "DocumentId"                          bigint NOT NULL,
    "PostSecondaryInstitution_DocumentId" bigint NULL,
    CONSTRAINT "PK_SchoolExtension" PRIMARY KEY ("DocumentId"),
    CONSTRAINT "FK_SchoolExtension_School" FOREIGN KEY ("DocumentId") REFERENCES "edfi"."School" ("DocumentId") ON DELETE CASCADE
);

ALTER TABLE "edfi"."School" ADD CONSTRAINT "FK_School_CharterApprovalSchoolYearType" FOREIGN KEY ("CharterApprovalSchoolYearType_DocumentId") REFERENCES "edfi"."SchoolYearType" ("DocumentId");
ALTER TABLE "edfi"."School" ADD CONSTRAINT "FK_School_LocalEducationAgency" FOREIGN KEY ("LocalEducationAgency_DocumentId") REFERENCES "edfi"."LocalEducationAgency" ("DocumentId");
ALTER TABLE "edfi"."School" ADD CONSTRAINT "FK_School_AdministrativeFundingControlDescriptor" FOREIGN KEY ("AdministrativeFundingControlDescriptor_DescriptorId") REFERENCES "dms"."Descriptor" ("DocumentId");
ALTER TABLE "edfi"."School" ADD CONSTRAINT "FK_School_CharterApprovalAgencyTypeDescriptor" FOREIGN KEY ("CharterApprovalAgencyTypeDescriptor_DescriptorId") REFERENCES "dms"."Descriptor" ("DocumentId");
ALTER TABLE "edfi"."School" ADD CONSTRAINT "FK_School_CharterStatusDescriptor" FOREIGN KEY ("CharterStatusDescriptor_DescriptorId") REFERENCES "dms"."Descriptor" ("DocumentId");
ALTER TABLE "edfi"."School" ADD CONSTRAINT "FK_School_InternetAccessDescriptor" FOREIGN KEY ("InternetAccessDescriptor_DescriptorId") REFERENCES "dms"."Descriptor" ("DocumentId");
ALTER TABLE "edfi"."School" ADD CONSTRAINT "FK_School_MagnetSpecialProgramEmphasisSchoolDescriptor" FOREIGN KEY ("MagnetSpecialProgramEmphasisSchoolDescriptor_DescriptorId") REFERENCES "dms"."Descriptor" ("DocumentId");
ALTER TABLE "edfi"."School" ADD CONSTRAINT "FK_School_OperationalStatusDescriptor" FOREIGN KEY ("OperationalStatusDescriptor_DescriptorId") REFERENCES "dms"."Descriptor" ("DocumentId");
ALTER TABLE "edfi"."School" ADD CONSTRAINT "FK_School_SchoolTypeDescriptor" FOREIGN KEY ("SchoolTypeDescriptor_DescriptorId") REFERENCES "dms"."Descriptor" ("DocumentId");
ALTER TABLE "edfi"."School" ADD CONSTRAINT "FK_School_TitleIPartASchoolDesignationDescriptor" FOREIGN KEY ("TitleIPartASchoolDesignationDescriptor_DescriptorId") REFERENCES "dms"."Descriptor" ("DocumentId");
ALTER TABLE "edfi"."SchoolAddress" ADD CONSTRAINT "FK_SchoolAddress_AddressTypeDescriptor" FOREIGN KEY ("AddressTypeDescriptor_DescriptorId") REFERENCES "dms"."Descriptor" ("DocumentId");
ALTER TABLE "edfi"."SchoolAddress" ADD CONSTRAINT "FK_SchoolAddress_LocaleDescriptor" FOREIGN KEY ("LocaleDescriptor_DescriptorId") REFERENCES "dms"."Descriptor" ("DocumentId");
ALTER TABLE "edfi"."SchoolAddress" ADD CONSTRAINT "FK_SchoolAddress_StateAbbreviationDescriptor" FOREIGN KEY ("StateAbbreviationDescriptor_DescriptorId") REFERENCES "dms"."Descriptor" ("DocumentId");
ALTER TABLE "edfi"."SchoolEducationOrganizationCategory" ADD CONSTRAINT "FK_SchoolEducationOrganizationCategory_EducationOrgani_ba64bdb0" FOREIGN KEY ("EducationOrganizationCategoryDescriptor_DescriptorId") REFERENCES "dms"."Descriptor" ("DocumentId");
ALTER TABLE "edfi"."SchoolGradeLevel" ADD CONSTRAINT "FK_SchoolGradeLevel_GradeLevelDescriptor" FOREIGN KEY ("GradeLevelDescriptor_DescriptorId") REFERENCES "dms"."Descriptor" ("DocumentId");
ALTER TABLE "edfi"."SchoolIdentificationCode" ADD CONSTRAINT "FK_SchoolIdentificationCode_EducationOrganizationIdent_bb99cbac" FOREIGN KEY ("EducationOrganizationIdentificationSystemDescriptor_De_f63fb21e") REFERENCES "dms"."Descriptor" ("DocumentId");
ALTER TABLE "edfi"."SchoolIndicator" ADD CONSTRAINT "FK_SchoolIndicator_IndicatorDescriptor" FOREIGN KEY ("IndicatorDescriptor_DescriptorId") REFERENCES "dms"."Descriptor" ("DocumentId");
ALTER TABLE "edfi"."SchoolIndicator" ADD CONSTRAINT "FK_SchoolIndicator_IndicatorGroupDescriptor" FOREIGN KEY ("IndicatorGroupDescriptor_DescriptorId") REFERENCES "dms"."Descriptor" ("DocumentId");
ALTER TABLE "edfi"."SchoolIndicator" ADD CONSTRAINT "FK_SchoolIndicator_IndicatorLevelDescriptor" FOREIGN KEY ("IndicatorLevelDescriptor_DescriptorId") REFERENCES "dms"."Descriptor" ("DocumentId");
ALTER TABLE "edfi"."SchoolInstitutionTelephone" ADD CONSTRAINT "FK_SchoolInstitutionTelephone_InstitutionTelephoneNumb_488af631" FOREIGN KEY ("InstitutionTelephoneNumberTypeDescriptor_DescriptorId") REFERENCES "dms"."Descriptor" ("DocumentId");
ALTER TABLE "edfi"."SchoolInternationalAddress" ADD CONSTRAINT "FK_SchoolInternationalAddress_AddressTypeDescriptor" FOREIGN KEY ("AddressTypeDescriptor_DescriptorId") REFERENCES "dms"."Descriptor" ("DocumentId");
ALTER TABLE "edfi"."SchoolInternationalAddress" ADD CONSTRAINT "FK_SchoolInternationalAddress_CountryDescriptor" FOREIGN KEY ("CountryDescriptor_DescriptorId") REFERENCES "dms"."Descriptor" ("DocumentId");
ALTER TABLE "edfi"."SchoolSchoolCategory" ADD CONSTRAINT "FK_SchoolSchoolCategory_SchoolCategoryDescriptor" FOREIGN KEY ("SchoolCategoryDescriptor_DescriptorId") REFERENCES "dms"."Descriptor" ("DocumentId");
ALTER TABLE "sample"."SchoolExtension" ADD CONSTRAINT "FK_SchoolExtension_CteProgramServiceCteProgramServiceDescriptor" FOREIGN KEY ("CteProgramServiceCteProgramServiceDescriptor_DescriptorId") REFERENCES "dms"."Descriptor" ("DocumentId");
ALTER TABLE "sample"."SchoolExtensionDirectlyOwnedBus" ADD CONSTRAINT "FK_SchoolExtensionDirectlyOwnedBus_DirectlyOwned_Bus" FOREIGN KEY ("DirectlyOwned_Bus_DocumentId") REFERENCES "sample"."Bus" ("DocumentId");
ALTER TABLE "tpdm"."SchoolExtension" ADD CONSTRAINT "FK_SchoolExtension_PostSecondaryInstitution" FOREIGN KEY ("PostSecondaryInstitution_DocumentId") REFERENCES "edfi"."PostSecondaryInstitution" ("DocumentId");
CREATE INDEX "IX_School_AdministrativeFundingControlDescriptor_DescriptorId" ON "edfi"."School" ("AdministrativeFundingControlDescriptor_DescriptorId");
CREATE INDEX "IX_School_CharterApprovalAgencyTypeDescriptor_DescriptorId" ON "edfi"."School" ("CharterApprovalAgencyTypeDescriptor_DescriptorId");
CREATE INDEX "IX_School_CharterApprovalSchoolYearType_DocumentId" ON "edfi"."School" ("CharterApprovalSchoolYearType_DocumentId");
CREATE INDEX "IX_School_CharterStatusDescriptor_DescriptorId" ON "edfi"."School" ("CharterStatusDescriptor_DescriptorId");
CREATE INDEX "IX_School_InternetAccessDescriptor_DescriptorId" ON "edfi"."School" ("InternetAccessDescriptor_DescriptorId");
CREATE INDEX "IX_School_LocalEducationAgency_DocumentId" ON "edfi"."School" ("LocalEducationAgency_DocumentId");
CREATE INDEX "IX_School_MagnetSpecialProgramEmphasisSchoolDescriptor_02634d31" ON "edfi"."School" ("MagnetSpecialProgramEmphasisSchoolDescriptor_DescriptorId");
CREATE INDEX "IX_School_OperationalStatusDescriptor_DescriptorId" ON "edfi"."School" ("OperationalStatusDescriptor_DescriptorId");
CREATE INDEX "IX_School_SchoolTypeDescriptor_DescriptorId" ON "edfi"."School" ("SchoolTypeDescriptor_DescriptorId");
CREATE INDEX "IX_School_TitleIPartASchoolDesignationDescriptor_DescriptorId" ON "edfi"."School" ("TitleIPartASchoolDesignationDescriptor_DescriptorId");
CREATE INDEX "IX_School_NameOfInstitution" ON "edfi"."School" ("NameOfInstitution");
CREATE INDEX "IX_School_ShortNameOfInstitution" ON "edfi"."School" ("ShortNameOfInstitution");
CREATE INDEX "IX_School_WebSite" ON "edfi"."School" ("WebSite");
CREATE INDEX "IX_SchoolAddress_AddressTypeDescriptor_DescriptorId" ON "edfi"."SchoolAddress" ("AddressTypeDescriptor_DescriptorId");
CREATE INDEX "IX_SchoolAddress_LocaleDescriptor_DescriptorId" ON "edfi"."SchoolAddress" ("LocaleDescriptor_DescriptorId");
CREATE INDEX "IX_SchoolAddress_StateAbbreviationDescriptor_DescriptorId" ON "edfi"."SchoolAddress" ("StateAbbreviationDescriptor_DescriptorId");
CREATE INDEX "IX_SchoolEducationOrganizationCategory_EducationOrgani_e6457af0" ON "edfi"."SchoolEducationOrganizationCategory" ("EducationOrganizationCategoryDescriptor_DescriptorId");
CREATE INDEX "IX_SchoolGradeLevel_GradeLevelDescriptor_DescriptorId" ON "edfi"."SchoolGradeLevel" ("GradeLevelDescriptor_DescriptorId");
CREATE INDEX "IX_SchoolIdentificationCode_EducationOrganizationIdent_19a6612b" ON "edfi"."SchoolIdentificationCode" ("EducationOrganizationIdentificationSystemDescriptor_De_f63fb21e");
CREATE INDEX "IX_SchoolIndicator_IndicatorDescriptor_DescriptorId" ON "edfi"."SchoolIndicator" ("IndicatorDescriptor_DescriptorId");
CREATE INDEX "IX_SchoolIndicator_IndicatorGroupDescriptor_DescriptorId" ON "edfi"."SchoolIndicator" ("IndicatorGroupDescriptor_DescriptorId");
CREATE INDEX "IX_SchoolIndicator_IndicatorLevelDescriptor_DescriptorId" ON "edfi"."SchoolIndicator" ("IndicatorLevelDescriptor_DescriptorId");
CREATE INDEX "IX_SchoolInstitutionTelephone_InstitutionTelephoneNumb_7ec8b6e4" ON "edfi"."SchoolInstitutionTelephone" ("InstitutionTelephoneNumberTypeDescriptor_DescriptorId");
CREATE INDEX "IX_SchoolInternationalAddress_AddressTypeDescriptor_De_39796386" ON "edfi"."SchoolInternationalAddress" ("AddressTypeDescriptor_DescriptorId");
CREATE INDEX "IX_SchoolInternationalAddress_CountryDescriptor_DescriptorId" ON "edfi"."SchoolInternationalAddress" ("CountryDescriptor_DescriptorId");
CREATE INDEX "IX_SchoolSchoolCategory_SchoolCategoryDescriptor_DescriptorId" ON "edfi"."SchoolSchoolCategory" ("SchoolCategoryDescriptor_DescriptorId");
CREATE INDEX "IX_SchoolExtension_CteProgramServiceCteProgramServiceD_bbe4317c" ON "sample"."SchoolExtension" ("CteProgramServiceCteProgramServiceDescriptor_DescriptorId");
CREATE INDEX "IX_SchoolExtensionDirectlyOwnedBus_DirectlyOwned_Bus_DocumentId" ON "sample"."SchoolExtensionDirectlyOwnedBus" ("DirectlyOwned_Bus_DocumentId");
CREATE INDEX "IX_SchoolExtension_PostSecondaryInstitution_DocumentId" ON "tpdm"."SchoolExtension" ("PostSecondaryInstitution_DocumentId");
