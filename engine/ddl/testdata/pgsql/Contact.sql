CREATE TABLE "edfi"."Contact" (
    "DocumentId"                                              bigint NOT NULL,
    "ContactUniqueId"                                         varchar(32) NOT NULL,
    "FirstName"                                               varchar(75) NOT NULL,
    "GenderIdentity"                                          varchar(60) NULL,
    "GenerationCodeSuffix"                                    varchar(10) NULL,
    "HighestCompletedLevelOfEducationDescriptor_DescriptorId" bigint NULL,
    "LastSurname"                                             varchar(75) NOT NULL,
    "LoginId"                                                 varchar(60) NULL,
    "MaidenName"                                              varchar(75) NULL,
    "MiddleName"                                              varchar(75) NULL,
    "Person_DocumentId"                                       bigint NULL,
    "PersonalTitlePrefix"                                     varchar(30) NULL,
    "PreferredFirstName"                                      varchar(75) NULL,
    "PreferredLastSurname"                                    varchar(75) NULL,
    "SexDescriptor_DescriptorId"                              bigint NULL,
    CONSTRAINT "PK_Contact" PRIMARY KEY ("DocumentId"),
    CONSTRAINT "FK_Contact_Document" FOREIGN KEY ("DocumentId") REFERENCES "dms"."Document" ("DocumentId") ON DELETE CASCADE,
    CONSTRAINT "UX_Contact_NaturalKey" UNIQUE ("ContactUniqueId")
);

CREATE TABLE "edfi"."ContactAddress" (
    "Contact_DocumentId"                       bigint NOT NULL,
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
    CONSTRAINT "PK_ContactAddress" PRIMARY KEY ("Contact_DocumentId", "Ordinal"),
    CONSTRAINT "FK_ContactAddress_Contact" FOREIGN KEY ("Contact_DocumentId") REFERENCES "edfi"."Contact" ("DocumentId") ON DELETE CASCADE,
    CONSTRAINT "UX_ContactAddress_AddressTypeDescriptor_DescriptorId_C_2791db15" UNIQUE ("Contact_DocumentId", "AddressTypeDescriptor_DescriptorId", "City", "PostalCode", "StateAbbreviationDescriptor_DescriptorId", "StreetNumberName") DEFERRABLE INITIALLY IMMEDIATE
);

CREATE TABLE "edfi"."ContactAddressPeriod" (
    "Contact_DocumentId" bigint NOT NULL,
    "AddressOrdinal"     integer NOT NULL,
    "Ordinal"            integer NOT NULL,
    "BeginDate"          date NOT NULL,
    "EndDate"            date NULL,
    CONSTRAINT "PK_ContactAddressPeriod" PRIMARY KEY ("Contact_DocumentId", "AddressOrdinal", "Ordinal"),
    CONSTRAINT "FK_ContactAddressPeriod_ContactAddress" FOREIGN KEY ("Contact_DocumentId", "AddressOrdinal") REFERENCES "edfi"."ContactAddress" ("Contact_DocumentId", "Ordinal") ON DELETE CASCADE,
    CONSTRAINT "UX_ContactAddressPeriod_BeginDate" UNIQUE ("Contact_DocumentId", "AddressOrdinal", "BeginDate") DEFERRABLE INITIALLY IMMEDIATE
);

CREATE TABLE "sample"."ContactExtensionAddress" (
    "Contact_DocumentId" bigint NOT NULL,
    "Ordinal"            integer NOT NULL,
    "Complex"            varchar(255) NULL,
    "OnBusRoute"         boolean NOT NULL,
    CONSTRAINT "PK_ContactExtensionAddress" PRIMARY KEY ("Contact_DocumentId", "Ordinal"),
    CONSTRAINT "FK_ContactExtensionAddress_ContactAddress" FOREIGN KEY ("Contact_DocumentId", "Ordinal") REFERENCES "edfi"."ContactAddress" ("Contact_DocumentId", "Ordinal") ON DELETE CASCADE
);

CREATE TABLE "sample"."ContactExtensionAddressSchoolDistrict" (
    "Contact_DocumentId" bigint NOT NULL,
    "AddressOrdinal"     integer NOT NULL,
    "Ordinal"            integer NOT NULL,
    "SchoolDistrict"     varchar(250) NOT NULL,
    CONSTRAINT "PK_ContactExtensionAddressSchoolDistrict" PRIMARY KEY ("Contact_DocumentId", "AddressOrdinal", "Ordinal"),
    CONSTRAINT "FK_ContactExtensionAddressSchoolDistrict_ContactExtens_ad0d42e4" FOREIGN KEY ("Contact_DocumentId", "AddressOrdinal") REFERENCES "sample"."ContactExtensionAddress" ("Contact_DocumentId", "Ordinal") ON DELETE CASCADE,
    CONSTRAINT "UX_ContactExtensionAddressSchoolDistrict_SchoolDistrict" UNIQUE ("Contact_DocumentId", "AddressOrdinal", "SchoolDistrict") DEFERRABLE INITIALLY IMMEDIATE
);

CREATE TABLE "sample"."ContactExtensionAddressTerm" (
    "Contact_DocumentId"          bigint NOT NULL,
    "AddressOrdinal"              integer NOT NULL,
    "Ordinal"                     integer NOT NULL,
    "TermDescriptor_DescriptorId" bigint NOT NULL,
    CONSTRAINT "PK_ContactExtensionAddressTerm" PRIMARY KEY ("Contact_DocumentId", "AddressOrdinal", "Ordinal"),
    CONSTRAINT "FK_ContactExtensionAddressTerm_ContactExtensionAddress" FOREIGN KEY ("Contact_DocumentId", "AddressOrdinal") REFERENCES "sample"."ContactExtensionAddress" ("Contact_DocumentId", "Ordinal") ON DELETE CASCADE,
    CONSTRAINT "UX_ContactExtensionAddressTerm_TermDescriptor_DescriptorId" UNIQUE ("Contact_DocumentId", "AddressOrdinal", "TermDescriptor_DescriptorId") DEFERRABLE INITIALLY IMMEDIATE
);

CREATE TABLE "edfi"."ContactElectronicMail" (
    "Contact_DocumentId"                        bigint NOT NULL,
    "Ordinal"                                   integer NOT NULL,
    "DoNotPublishIndicator"                     boolean NULL,
    "ElectronicMailAddress"                     varchar(128) NOT NULL,
    "ElectronicMailTypeDescriptor_DescriptorId" bigint NOT NULL,
    "PrimaryEmailAddressIndicator"              boolean NULL,
    CONSTRAINT "PK_ContactElectronicMail" PRIMARY KEY ("Contact_DocumentId", "Ordinal"),
    CONSTRAINT "FK_ContactElectronicMail_Contact" FOREIGN KEY ("Contact_DocumentId") REFERENCES "edfi"."Contact" ("DocumentId") ON DELETE CASCADE
);

CREATE TABLE "edfi"."ContactInternationalAddress" (
    "Contact_DocumentId"                 bigint NOT NULL,
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
    CONSTRAINT "PK_ContactInternationalAddress" PRIMARY KEY ("Contact_DocumentId", "Ordinal"),
    CONSTRAINT "FK_ContactInternationalAddress_Contact" FOREIGN KEY ("Contact_DocumentId") REFERENCES "edfi"."Contact" ("DocumentId") ON DELETE CASCADE
);

CREATE TABLE "edfi"."ContactLanguage" (
    "Contact_DocumentId"              bigint NOT NULL,
    "Ordinal"                         integer NOT NULL,
    "LanguageDescriptor_DescriptorId" bigint NOT NULL,
    CONSTRAINT "PK_ContactLanguage" PRIMARY KEY ("Contact_DocumentId", "Ordinal"),
    CONSTRAINT "FK_ContactLanguage_Contact" FOREIGN KEY ("Contact_DocumentId") REFERENCES "edfi"."Contact" ("DocumentId") ON DELETE CASCADE
);

CREATE TABLE "edfi"."ContactLanguageUse" (
    "Contact_DocumentId"                 bigint NOT NULL,
    "LanguageOrdinal"                    integer NOT NULL,
    "Ordinal"                            integer NOT NULL,
    "LanguageUseDescriptor_DescriptorId" bigint NOT NULL,
    CONSTRAINT "PK_ContactLanguageUse" PRIMARY KEY ("Contact_DocumentId", "LanguageOrdinal", "Ordinal"),
    CONSTRAINT "FK_ContactLanguageUse_ContactLanguage" FOREIGN KEY ("Contact_DocumentId", "LanguageOrdinal") REFERENCES "edfi"."ContactLanguage" ("Contact_DocumentId", "Ordinal") ON DELETE CASCADE
);

CREATE TABLE "edfi"."ContactOtherName" (
    "Contact_DocumentId"                   bigint NOT NULL,
    "Ordinal"                              integer NOT NULL,
    "FirstName"                            varchar(75) NOT NULL,
    "GenerationCodeSuffix"                 varchar(10) NULL,
    "LastSurname"                          varchar(75) NOT NULL,
    "MiddleName"                           varchar(75) NULL,
    "OtherNameTypeDescriptor_DescriptorId" bigint NOT NULL,
    "PersonalTitlePrefix"                  varchar(30) NULL,
    CONSTRAINT "PK_ContactOtherName" PRIMARY KEY ("Contact_DocumentId", "Ordinal"),
    CONSTRAINT "FK_ContactOtherName_Contact" FOREIGN KEY ("Contact_DocumentId") REFERENCES "edfi"."Contact" ("DocumentId") ON DELETE CASCADE
);

CREATE TABLE "edfi"."ContactPersonalIdentificationDocument" (
    "Contact_DocumentId"                                     bigint NOT NULL,
    "Ordinal"                                                integer NOT NULL,
    "DocumentExpirationDate"                                 date NULL,
    "DocumentTitle"                                          varchar(60) NULL,
    "IdentificationDocumentUseDescriptor_DescriptorId"       bigint NOT NULL,
    "IssuerCountryDescriptor_DescriptorId"                   bigint NULL,
    "IssuerDocumentIdentificationCode"                       varchar(60) NULL,
    "IssuerName"                                             varchar(150) NULL,
    "PersonalInformationVerificationDescriptor_DescriptorId" bigint NOT NULL,
    CONSTRAINT "PK_ContactPersonalIdentificationDocument" PRIMARY KEY ("Contact_DocumentId", "Ordinal"),
    CONSTRAINT "FK_ContactPersonalIdentificationDocument_Contact" FOREIGN KEY ("Contact_DocumentId") REFERENCES "edfi"."Contact" ("DocumentId") ON DELETE CASCADE
);

CREATE TABLE "edfi"."ContactTelephone" (
    "Contact_DocumentId"                         bigint NOT NULL,
    "Ordinal"                                    integer NOT NULL,
    "DoNotPublishIndicator"                      boolean NULL,
    "OrderOfPriority"                            integer NULL,
    "TelephoneNumber"                            varchar(24) NOT NULL,
    "TelephoneNumberTypeDescriptor_DescriptorId" bigint NOT NULL,
    "TextMessageCapabilityIndicator"             boolean NULL,
    CONSTRAINT "PK_ContactTelephone" PRIMARY KEY ("Contact_DocumentId", "Ordinal"),
    CONSTRAINT "FK_ContactTelephone_Contact" FOREIGN KEY ("Contact_DocumentId") REFERENCES "edfi"."Contact" ("DocumentId") ON DELETE CASCADE
);

CREATE TABLE "sample"."ContactExtension" (
    "DocumentId"                                                bigint NOT NULL,
    "AverageCarLineWait"                                        varchar(30) NULL,
    "BecameParent"                                              integer NULL,
    "CoffeeSpend"                                               numeric(19,4) NULL,
    "CredentialFieldDescriptor_DescriptorId"                    bigint NULL,
    "CteProgramServiceCipCode"                                  varchar(120) NULL,
    "CteProgramServiceCteProgramServiceDescriptor_DescriptorId" bigint NULL,
    "CteProgramServicePrimaryIndicator"                         boolean NULL,
    "CteProgramServiceServiceBeginDate"                         date NULL,
    "CteProgramServiceServiceEndDate"                           date NULL,
    "Duration"                                                  integer NULL,
    "Gpa"                                                       numeric(18,4) NULL,
    "GraduationDate"                                            date NULL,
    "IsSportsFan"                                               boolean NOT NULL,
    "LuckyNumber"                                               integer NULL,
    "PreferredWakeUpTime"                                       time NULL,
    "RainCertainty"                                             numeric(5,4) NULL,
    "TeacherConferenceDayOfWeek"                                varchar(10) NOT NULL,
    "TeacherConferenceEndTime"                                  time NOT NULL,
    "TeacherConferenceStartTime"                                time NOT NULL,
    CONSTRAINT "PK_ContactExtension" PRIMARY KEY ("DocumentId"),
    CONSTRAINT "FK_ContactExtension_Contact" FOREIGN KEY ("DocumentId") REFERENCES "edfi"."Contact" ("DocumentId") ON DELETE CASCADE
);

CREATE TABLE "sample"."ContactExtensionAuthor" (
    "Contact_DocumentId" bigint NOT NULL,
    "Ordinal"            integer NOT NULL,
    "Author"             varchar(100) NOT NULL,
    CONSTRAINT "PK_ContactExtensionAuthor" PRIMARY KEY ("Contact_DocumentId", "Ordinal"),
    CONSTRAINT "FK_ContactExtensionAuthor_ContactExtension" FOREIGN KEY ("Contact_DocumentId") REFERENCES "sample"."ContactExtension" ("DocumentId") ON DELETE CASCADE,
    CONSTRAINT "UX_ContactExtensionAuthor_Author" UNIQUE ("Contact_DocumentId", "Author") DEFERRABLE INITIALLY IMMEDIATE
);

CREATE TABLE "sample"."ContactExtensionCeilingHeight" (
    "Contact_DocumentId" bigint NOT NULL,
    "Ordinal"            integer NOT NULL,
    "CeilingHeight"      numeric(5,1) NOT NULL,
    CONSTRAINT "PK_ContactExtensionCeilingHeight" PRIMARY KEY ("Contact_DocumentId", "Ordinal"),
    CONSTRAINT "FK_ContactExtensionCeilingHeight_ContactExtension" FOREIGN KEY ("Contact_DocumentId") REFERENCES "sample"."ContactExtension" ("DocumentId") ON DELETE CASCADE,
    CONSTRAINT "UX_ContactExtensionCeilingHeight_CeilingHeight" UNIQUE ("Contact_DocumentId", "CeilingHeight") DEFERRABLE INITIALLY IMMEDIATE
);

CREATE TABLE "sample"."ContactExtensionEducationContent" (
    "Contact_DocumentId"          bigint NOT NULL,
    "Ordinal"                     integer NOT NULL,
    "EducationContent_DocumentId" bigint NOT NULL,
    CONSTRAINT "PK_ContactExtensionEducationContent" PRIMARY KEY ("Contact_DocumentId", "Ordinal"),
    CONSTRAINT "FK_ContactExtensionEducationContent_ContactExtension" FOREIGN KEY ("Contact_DocumentId") REFERENCES "sample"."ContactExtension" ("DocumentId") ON DELETE CASCADE
);

CREATE TABLE "sample"."ContactExtensionFavoriteBookTitle" (
    "Contact_DocumentId" bigint NOT NULL,
    "Ordinal"            integer NOT NULL,
    "FavoriteBookTitle"  varchar(100) NOT NULL,
    CONSTRAINT "PK_ContactExtensionFavoriteBookTitle" PRIMARY KEY ("Contact_DocumentId", "Ordinal"),
    CONSTRAINT "FK_ContactExtensionFavoriteBookTitle_ContactExtension" FOREIGN KEY ("Contact_DocumentId") REFERENCES "sample"."ContactExtension" ("DocumentId") ON DELETE CASCADE,
    CONSTRAINT "UX_ContactExtensionFavoriteBookTitle_FavoriteBookTitle" UNIQUE ("Contact_DocumentId", "FavoriteBookTitle") DEFERRABLE INITIALLY IMMEDIATE
);

CREATE TABLE "sample"."ContactExtensionStudentProgramAssociation" (
    "Contact_DocumentId"                   bigint NOT NULL,
    "Ordinal"                              integer NOT NULL,
    "StudentProgramAssociation_DocumentId" bigint NOT NULL,
    CONSTRAINT "PK_ContactExtensionStudentProgramAssociation" PRIMARY KEY ("Contact_DocumentId", "Ordinal"),
    CONSTRAINT "FK_ContactExtensionStudentProgramAssociation_ContactExtension" FOREIGN KEY ("Contact_DocumentId") REFERENCES "sample"."ContactExtension" ("DocumentId") ON DELETE CASCADE
);

ALTER TABLE "edfi"."Contact" ADD CONSTRAINT "FK_Contact_Person" FOREIGN KEY ("Person_DocumentId") REFERENCES "edfi"."Person" ("DocumentId");
ALTER TABLE "edfi"."Contact" ADD CONSTRAINT "FK_Contact_HighestCompletedLevelOfEducationDescriptor" FOREIGN KEY ("HighestCompletedLevelOfEducationDescriptor_DescriptorId") REFERENCES "dms"."Descriptor" ("DocumentId");
ALTER TABLE "edfi"."Contact" ADD CONSTRAINT "FK_Contact_SexDescriptor" FOREIGN KEY ("SexDescriptor_DescriptorId") REFERENCES "dms"."Descriptor" ("DocumentId");
ALTER TABLE "edfi"."ContactAddress" ADD CONSTRAINT "FK_ContactAddress_AddressTypeDescriptor" FOREIGN KEY ("AddressTypeDescriptor_DescriptorId") REFERENCES "dms"."Descriptor" ("DocumentId");
ALTER TABLE "edfi"."ContactAddress" ADD CONSTRAINT "FK_ContactAddress_LocaleDescriptor" FOREIGN KEY ("LocaleDescriptor_DescriptorId") REFERENCES "dms"."Descriptor" ("DocumentId");
ALTER TABLE "edfi"."ContactAddress" ADD CONSTRAINT "FK_ContactAddress_StateAbbreviationDescriptor" FOREIGN KEY ("StateAbbreviationDescriptor_DescriptorId") REFERENCES "dms"."Descriptor" ("DocumentId");
ALTER TABLE "sample"."ContactExtensionAddressTerm" ADD CONSTRAINT "FK_ContactExtensionAddressTerm_TermDescriptor" FOREIGN KEY ("TermDescriptor_DescriptorId") REFERENCES "dms"."Descriptor" ("DocumentId");
ALTER TABLE "edfi"."ContactElectronicMail" ADD CONSTRAINT "FK_ContactElectronicMail_ElectronicMailTypeDescriptor" FOREIGN KEY ("ElectronicMailTypeDescriptor_DescriptorId") REFERENCES "dms"."Descriptor" ("DocumentId");
ALTER TABLE "edfi"."ContactInternationalAddress" ADD CONSTRAINT "FK_ContactInternationalAddress_AddressTypeDescriptor" FOREIGN KEY ("AddressTypeDescriptor_DescriptorId") REFERENCES "dms"."Descriptor" ("DocumentId");
ALTER TABLE "edfi"."ContactInternationalAddress" ADD CONSTRAINT "FK_ContactInternationalAddress_CountryDescriptor" FOREIGN KEY ("CountryDescriptor_DescriptorId") REFERENCES "dms"."Descriptor" ("DocumentId");
ALTER TABLE "edfi"."ContactLanguage" ADD CONSTRAINT "FK_ContactLanguage_LanguageDescriptor" FOREIGN KEY ("LanguageDescriptor_DescriptorId") REFERENCES "dms"."Descriptor" ("DocumentId");
ALTER TABLE "edfi"."ContactLanguageUse" ADD CONSTRAINT "FK_ContactLanguageUse_LanguageUseDescriptor" FOREIGN KEY ("LanguageUseDescriptor_DescriptorId") REFERENCES "dms"."Descriptor" ("DocumentId");
ALTER TABLE "edfi"."ContactOtherName" ADD CONSTRAINT "FK_ContactOtherName_OtherNameTypeDescriptor" FOREIGN KEY ("OtherNameTypeDescriptor_DescriptorId") REFERENCES "dms"."Descriptor" ("DocumentId");
ALTER TABLE "edfi"."ContactPersonalIdentificationDocument" ADD CONSTRAINT "FK_ContactPersonalIdentificationDocument_Identificatio_2d88a775" FOREIGN KEY ("IdentificationDocumentUseDescriptor_DescriptorId") REFERENCES "dms"."Descriptor" ("DocumentId");
ALTER TABLE "edfi"."ContactPersonalIdentificationDocument" ADD CONSTRAINT "FK_ContactPersonalIdentificationDocument_IssuerCountry_b6650cd3" FOREIGN KEY ("IssuerCountryDescriptor_DescriptorId") REFERENCES "dms"."Descriptor" ("DocumentId");
ALTER TABLE "edfi"."ContactPersonalIdentificationDocument" ADD CONSTRAINT "FK_ContactPersonalIdentificationDocument_PersonalInfor_43b04f24" FOREIGN KEY ("PersonalInformationVerificationDescriptor_DescriptorId") REFERENCES "dms"."Descriptor" ("DocumentId");
ALTER TABLE "edfi"."ContactTelephone" ADD CONSTRAINT "FK_ContactTelephone_TelephoneNumberTypeDescriptor" FOREIGN KEY ("TelephoneNumberTypeDescriptor_DescriptorId") REFERENCES "dms"."Descriptor" ("DocumentId");
ALTER TABLE "sample"."ContactExtension" ADD CONSTRAINT "FK_ContactExtension_CredentialFieldDescriptor" FOREIGN KEY ("CredentialFieldDescriptor_DescriptorId") REFERENCES "dms"."Descriptor" ("DocumentId");
ALTER TABLE "sample"."ContactExtension" ADD CONSTRAINT "FK_ContactExtension_CteProgramServiceCteProgramService_4eb41695" FOREIGN KEY ("CteProgramServiceCteProgramServiceDescriptor_DescriptorId") REFERENCES "dms"."Descriptor" ("DocumentId");
ALTER TABLE "sample"."ContactExtensionEducationContent" ADD CONSTRAINT "FK_ContactExtensionEducationContent_EducationContent" FOREIGN KEY ("EducationContent_DocumentId") REFERENCES "edfi"."EducationContent" ("DocumentId");
ALTER TABLE "sample"."ContactExtensionStudentProgramAssociation" ADD CONSTRAINT "FK_ContactExtensionStudentProgramAssociation_StudentPr_eb376f55" FOREIGN KEY ("StudentProgramAssociation_DocumentId") REFERENCES "edfi"."StudentProgramAssociation" ("DocumentId");
CREATE INDEX "IX_Contact_HighestCompletedLevelOfEducationDescriptor__6ea90ad0" ON "edfi"."Contact" ("HighestCompletedLevelOfEducationDescriptor_DescriptorId");
CREATE INDEX "IX_Contact_Person_DocumentId" ON "edfi"."Contact" ("Person_DocumentId");
CREATE INDEX "IX_Contact_SexDescriptor_DescriptorId" ON "edfi"."Contact" ("SexDescriptor_DescriptorId");
CREATE INDEX "IX_Contact_FirstName" ON "edfi"."Contact" ("FirstName");
CREATE INDEX "IX_Contact_GenderIdentity" ON "edfi"."Contact" ("GenderIdentity");
CREATE INDEX "IX_Contact_GenerationCodeSuffix" ON "edfi"."Contact" ("GenerationCodeSuffix");
CREATE INDEX "IX_Contact_LastSurname" ON "edfi"."Contact" ("LastSurname");
CREATE INDEX "IX_Contact_LoginId" ON "edfi"."Contact" ("LoginId");
CREATE INDEX "IX_Contact_MaidenName" ON "edfi"."Contact" ("MaidenName");
CREATE INDEX "IX_Contact_MiddleName" ON "edfi"."Contact" ("MiddleName");
CREATE INDEX "IX_Contact_PersonalTitlePrefix" ON "edfi"."Contact" ("PersonalTitlePrefix");
CREATE INDEX "IX_Contact_PreferredFirstName" ON "edfi"."Contact" ("PreferredFirstName");
CREATE INDEX "IX_Contact_PreferredLastSurname" ON "edfi"."Contact" ("PreferredLastSurname");
CREATE INDEX "IX_ContactAddress_AddressTypeDescriptor_DescriptorId" ON "edfi"."ContactAddress" ("AddressTypeDescriptor_DescriptorId");
CREATE INDEX "IX_ContactAddress_LocaleDescriptor_DescriptorId" ON "edfi"."ContactAddress" ("LocaleDescriptor_DescriptorId");
CREATE INDEX "IX_ContactAddress_StateAbbreviationDescriptor_DescriptorId" ON "edfi"."ContactAddress" ("StateAbbreviationDescriptor_DescriptorId");
CREATE INDEX "IX_ContactExtensionAddressTerm_TermDescriptor_DescriptorId" ON "sample"."ContactExtensionAddressTerm" ("TermDescriptor_DescriptorId");
CREATE INDEX "IX_ContactElectronicMail_ElectronicMailTypeDescriptor__542280c0" ON "edfi"."ContactElectronicMail" ("ElectronicMailTypeDescriptor_DescriptorId");
CREATE INDEX "IX_ContactInternationalAddress_AddressTypeDescriptor_D_9bf3eb6a" ON "edfi"."ContactInternationalAddress" ("AddressTypeDescriptor_DescriptorId");
CREATE INDEX "IX_ContactInternationalAddress_CountryDescriptor_DescriptorId" ON "edfi"."ContactInternationalAddress" ("CountryDescriptor_DescriptorId");
CREATE INDEX "IX_ContactLanguage_LanguageDescriptor_DescriptorId" ON "edfi"."ContactLanguage" ("LanguageDescriptor_DescriptorId");
CREATE INDEX "IX_ContactLanguageUse_LanguageUseDescriptor_DescriptorId" ON "edfi"."ContactLanguageUse" ("LanguageUseDescriptor_DescriptorId");
CREATE INDEX "IX_ContactOtherName_OtherNameTypeDescriptor_DescriptorId" ON "edfi"."ContactOtherName" ("OtherNameTypeDescriptor_DescriptorId");
CREATE INDEX "IX_ContactPersonalIdentificationDocument_Identificatio_e129c6aa" ON "edfi"."ContactPersonalIdentificationDocument" ("IdentificationDocumentUseDescriptor_DescriptorId");
CREATE INDEX "IX_ContactPersonalIdentificationDocument_IssuerCountry_df1f071f" ON "edfi"."ContactPersonalIdentificationDocument" ("IssuerCountryDescriptor_DescriptorId");
CREATE INDEX "IX_ContactPersonalIdentificationDocument_PersonalInfor_43e978a4" ON "edfi"."ContactPersonalIdentificationDocument" ("PersonalInformationVerificationDescriptor_DescriptorId");
CREATE INDEX "IX_ContactTelephone_TelephoneNumberTypeDescriptor_DescriptorId" ON "edfi"."ContactTelephone" ("TelephoneNumberTypeDescriptor_DescriptorId");
CREATE INDEX "IX_ContactExtension_CredentialFieldDescriptor_DescriptorId" ON "sample"."ContactExtension" ("CredentialFieldDescriptor_DescriptorId");
CREATE INDEX "IX_ContactExtension_CteProgramServiceCteProgramService_0b3763ca" ON "sample"."ContactExtension" ("CteProgramServiceCteProgramServiceDescriptor_DescriptorId");
CREATE INDEX "IX_ContactExtensionEducationContent_EducationContent_DocumentId" ON "sample"."ContactExtensionEducationContent" ("EducationContent_DocumentId");
CREATE INDEX "IX_ContactExtensionStudentProgramAssociation_StudentPr_932430eb" ON "sample"."ContactExtensionStudentProgramAssociation" ("StudentProgramAssociation_DocumentId");
