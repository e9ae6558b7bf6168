CREATE TABLE "edfi"."StudentEducationOrganizationAssociation" (
    "DocumentId"                                                 bigint NOT NULL,
    "BarrierToInternetAccessInResidenceDescriptor_DescriptorId"  bigint NULL,
    "EducationOrganization_DocumentId"                           bigint NOT NULL,
    "GenderIdentity"                                             varchar(60) NULL,
    "HispanicLatinoEthnicity"                                    boolean NULL,
    "InternetAccessInResidence"                                  boolean NULL,
    "InternetAccessTypeInResidenceDescriptor_DescriptorId"       bigint NULL,
    "InternetPerformanceInResidenceDescriptor_DescriptorId"      bigint NULL,
    "LimitedEnglishProficiencyDescriptor_DescriptorId"           bigint NULL,
    "LoginId"                                                    varchar(60) NULL,
    "PrimaryLearningDeviceAccessDescriptor_DescriptorId"         bigint NULL,
    "PrimaryLearningDeviceAwayFromSchoolDescriptor_DescriptorId" bigint NULL,
    "PrimaryLearningDeviceProviderDescriptor_DescriptorId"       bigint NULL,
    "ProfileThumbnail"                                           varchar(255) NULL,
    "SexDescriptor_DescriptorId"                                 bigint NULL,
    "Student_DocumentId"                                         bigint NOT NULL,
    "SupporterMilitaryConnectionDescriptor_DescriptorId"         bigint NULL,
    CONSTRAINT "PK_StudentEducationOrganizationAssociation" PRIMARY KEY ("DocumentId"),
    CONSTRAINT "FK_StudentEducationOrganizationAssociation_Document" FOREIGN KEY ("DocumentId") REFERENCES "dms"."Document" ("DocumentId") ON DELETE CASCADE,
    CONSTRAINT "UX_StudentEducationOrganizationAssociation_NaturalKey" UNIQUE ("EducationOrganization_DocumentId", "Student_DocumentId")
);

CREATE TABLE "edfi"."StudentEducationOrganizationAssociationAddress" (
    "StudentEducationOrganizationAssociation_DocumentId" bigint NOT NULL,
    "Ordinal"                                            integer NOT NULL,
    "AddressTypeDescriptor_DescriptorId"                 bigint NOT NULL,
    "ApartmentRoomSuiteNumber"                           varchar(50) NULL,
    "BuildingSiteNumber"                                 varchar(20) NULL,
    "City"                                               varchar(30) NOT NULL,
    "CongressionalDistrict"                              varchar(30) NULL,
    "CountyFIPSCode"                                     varchar(5) NULL,
    "DoNotPublishIndicator"                              boolean NULL,
    "Latitude"                                           varchar(20) NULL,
    "LocaleDescriptor_DescriptorId"                      bigint NULL,
    "Longitude"                                          varchar(20) NULL,
    "NameOfCounty"                                       varchar(30) NULL,
    "PostalCode"                                         varchar(17) NOT NULL,
    "StateAbbreviationDescriptor_DescriptorId"           bigint NOT NULL,
    "StreetNumberName"                                   varchar(150) NOT NULL,
    CONSTRAINT "PK_StudentEducationOrganizationAssociationAddress" PRIMARY KEY ("StudentEducationOrganizationAssociation_DocumentId", "Ordinal"),
    CONSTRAINT "FK_StudentEducationOrganizationAssociationAddress_Stud_51ef0fc3" FOREIGN KEY ("StudentEducationOrganizationAssociation_DocumentId") REFERENCES "edfi"."StudentEducationOrganizationAssociation" ("DocumentId") ON DELETE CASCADE,
    CONSTRAINT "UX_StudentEducationOrganizationAssociationAddress_Addr_a30db20c" UNIQUE ("StudentEducationOrganizationAssociation_DocumentId", "AddressTypeDescriptor_DescriptorId", "City", "PostalCode", "StateAbbreviationDescriptor_DescriptorId", "StreetNumberName") DEFERRABLE INITIALLY IMMEDIATE
);

CREATE TABLE "edfi"."StudentEducationOrganizationAssociationAddressPeriod" (
    "StudentEducationOrganizationAssociation_DocumentId" bigint NOT NULL,
    "AddressOrdinal"                                     integer NOT NULL,
    "Ordinal"                                            integer NOT NULL,
    "BeginDate"                                          date NOT NULL,
    "EndDate"                                            date NULL,
    CONSTRAINT "PK_StudentEducationOrganizationAssociationAddressPeriod" PRIMARY KEY ("StudentEducationOrganizationAssociation_DocumentId", "AddressOrdinal", "Ordinal"),
    CONSTRAINT "FK_StudentEducationOrganizationAssociationAddressPerio_6637160a" FOREIGN KEY ("StudentEducationOrganizationAssociation_DocumentId", "AddressOrdinal") REFERENCES "edfi"."StudentEducationOrganizationAssociationAddress" ("StudentEducationOrganizationAssociation_DocumentId", "Ordinal") ON DELETE CASCADE,
    CONSTRAINT "UX_StudentEducationOrganizationAssociationAddressPerio_19ced0ad" UNIQUE ("StudentEducationOrganizationAssociation_DocumentId", "AddressOrdinal", "BeginDate") DEFERRABLE INITIALLY IMMEDIATE
);

CREATE TABLE "sample"."StudentEducationOrganizationAssociationExtensionAddress" (
    "StudentEducationOrganizationAssociation_DocumentId" bigint NOT NULL,
    "Ordinal"                                            integer NOT NULL,
    "Complex"                                            varchar(255) NULL,
    "OnBusRoute"                                         boolean NOT NULL,
    CONSTRAINT "PK_StudentEducationOrganizationAssociationExtensionAddress" PRIMARY KEY ("StudentEducationOrganizationAssociation_DocumentId", "Ordinal"),
    CONSTRAINT "FK_StudentEducationOrganizationAssociationExtensionAdd_852b2f09" FOREIGN KEY ("StudentEducationOrganizationAssociation_DocumentId", "Ordinal") REFERENCES "edfi"."StudentEducationOrganizationAssociationAddress" ("StudentEducationOrganizationAssociation_DocumentId", "Ordinal") ON DELETE CASCADE
);

CREATE TABLE "sample"."StudentEducationOrganizationAssociationExtensionAddres_5c87dfa8" (
    "StudentEducationOrganizationAssociation_DocumentId" bigint NOT NULL,
    "AddressOrdinal"                                     integer NOT NULL,
    "Ordinal"                                            integer NOT NULL,
    "SchoolDistrict"                                     varchar(250) NOT NULL,
    CONSTRAINT "PK_StudentEducationOrganizationAssociationExtensionAdd_009d5899" PRIMARY KEY ("StudentEducationOrganizationAssociation_DocumentId", "AddressOrdinal", "Ordinal"),
    CONSTRAINT "FK_StudentEducationOrganizationAssociationExtensionAdd_5341204b" FOREIGN KEY ("StudentEducationOrganizationAssociation_DocumentId", "AddressOrdinal") REFERENCES "sample"."StudentEducationOrganizationAssociationExtensionAddress" ("StudentEducationOrganizationAssociation_DocumentId", "Ordinal") ON DELETE CASCADE,
    CONSTRAINT "UX_StudentEducationOrganizationAssociationExtensionAdd_668cc525" UNIQUE ("StudentEducationOrganizationAssociation_DocumentId", "AddressOrdinal", "SchoolDistrict") DEFERRABLE INITIALLY IMMEDIATE
);

CREATE TABLE "sample"."StudentEducationOrganizationAssociationExtensionAddressTerm" (
    "StudentEducationOrganizationAssociation_DocumentId" bigint NOT NULL,
    "AddressOrdinal"                                     integer NOT NULL,
    "Ordinal"                                            integer NOT NULL,
    "TermDescriptor_DescriptorId"                        bigint NOT NULL,
    CONSTRAINT "PK_StudentEducationOrganizationAssociationExtensionAddressTerm" PRIMARY KEY ("StudentEducationOrganizationAssociation_DocumentId", "AddressOrdinal", "Ordinal"),
    CONSTRAINT "FK_StudentEducationOrganizationAssociationExtensionAdd_cc12b92c" FOREIGN KEY ("StudentEducationOrganizationAssociation_DocumentId", "AddressOrdinal") REFERENCES "sample"."StudentEducationOrganizationAssociationExtensionAddress" ("StudentEducationOrganizationAssociation_DocumentId", "Ordinal") ON DELETE CASCADE,
    CONSTRAINT "UX_StudentEducationOrganizationAssociationExtensionAdd_de8abea4" UNIQUE ("StudentEducationOrganizationAssociation_DocumentId", "AddressOrdinal", "TermDescriptor_DescriptorId") DEFERRABLE INITIALLY IMMEDIATE
);

CREATE TABLE "edfi"."StudentEducationOrganizationAssociationAncestryEthnicOrigin" (
    "StudentEducationOrganizationAssociation_DocumentId" bigint NOT NULL,
    "Ordinal"                                            integer NOT NULL,
    "AncestryEthnicOriginDescriptor_DescriptorId"        bigint NOT NULL,
    CONSTRAINT "PK_StudentEducationOrganizationAssociationAncestryEthnicOrigin" PRIMARY KEY ("StudentEducationOrganizationAssociation_DocumentId", "Ordinal"),
    CONSTRAINT "FK_StudentEducationOrganizationAssociationAncestryEthn_90492356" FOREIGN KEY ("StudentEducationOrganizationAssociation_DocumentId") REFERENCES "edfi"."StudentEducationOrganizationAssociation" ("DocumentId") ON DELETE CASCADE
);

CREATE TABLE "edfi"."StudentEducationOrganizationAssociationCohortYear" (
    "StudentEducationOrganizationAssociation_DocumentId" bigint NOT NULL,
    "Ordinal"                                            integer NOT NULL,
    "CohortYearTypeDescriptor_DescriptorId"              bigint NOT NULL,
    "SchoolYearType_DocumentId"                          bigint NOT NULL,
    "TermDescriptor_DescriptorId"                        bigint NULL,
    CONSTRAINT "PK_StudentEducationOrganizationAssociationCohortYear" PRIMARY KEY ("StudentEducationOrganizationAssociation_DocumentId", "Ordinal"),
    CONSTRAINT "FK_StudentEducationOrganizationAssociationCohortYear_S_a3f88ddd" FOREIGN KEY ("StudentEducationOrganizationAssociation_DocumentId") REFERENCES "edfi"."StudentEducationOrganizationAssociation" ("DocumentId") ON DELETE CASCADE
);

CREATE TABLE "edfi"."StudentEducationOrganizationAssociationDisability" (
    "StudentEducationOrganizationAssociation_DocumentId"       bigint NOT NULL,
    "Ordinal"                                                  integer NOT NULL,
    "DisabilityDescriptor_DescriptorId"                        bigint NOT NULL,
    "DisabilityDeterminationSourceTypeDescriptor_DescriptorId" bigint NULL,
    "DisabilityDiagnosis"                                      varchar(80) NULL,
    "OrderOfDisability"                                        integer NULL,
    CONSTRAINT "PK_StudentEducationOrganizationAssociationDisability" PRIMARY KEY ("StudentEducationOrganizationAssociation_DocumentId", "Ordinal"),
    CONSTRAINT "FK_StudentEducationOrganizationAssociationDisability_S_5af7c027" FOREIGN KEY ("StudentEducationOrganizationAssociation_DocumentId") REFERENCES "edfi"."StudentEducationOrganizationAssociation" ("DocumentId") ON DELETE CASCADE
);

CREATE TABLE "edfi"."StudentEducationOrganizationAssociationDisabilityDesignation" (
    "StudentEducationOrganizationAssociation_DocumentId" bigint NOT NULL,
    "DisabilityOrdinal"                                  integer NOT NULL,
    "Ordinal"                                            integer NOT NULL,
    "DisabilityDesignationDescriptor_DescriptorId"       bigint NOT NULL,
    CONSTRAINT "PK_StudentEducationOrganizationAssociationDisabilityDesignation" PRIMARY KEY ("StudentEducationOrganizationAssociation_DocumentId", "DisabilityOrdinal", "Ordinal"),
    CONSTRAINT "FK_StudentEducationOrganizationAssociationDisabilityDe_9fa5b3be" FOREIGN KEY ("StudentEducationOrganizationAssociation_DocumentId", "DisabilityOrdinal") REFERENCES "edfi"."StudentEducationOrganizationAssociationDisability" ("StudentEducationOrganizationAssociation_DocumentId", "Ordinal") ON DELETE CASCADE
);

CREATE TABLE "edfi"."StudentEducationOrganizationAssociationDisplacedStudent" (
    "StudentEducationOrganizationAssociation_DocumentId" bigint NOT NULL,
    "Ordinal"                                            integer NOT NULL,
    "CrisisEvent_DocumentId"                             bigint NOT NULL,
    "CrisisHomelessnessIndicator"                        boolean NULL,
    "DisplacedStudentEndDate"                            date NULL,
    "DisplacedStudentStartDate"                          date NULL,
    "DisplacedStudentStatusDescriptor_DescriptorId"      bigint NOT NULL,
    CONSTRAINT "PK_StudentEducationOrganizationAssociationDisplacedStudent" PRIMARY KEY ("StudentEducationOrganizationAssociation_DocumentId", "Ordinal"),
    CONSTRAINT "FK_StudentEducationOrganizationAssociationDisplacedStu_cf152655" FOREIGN KEY ("StudentEducationOrganizationAssociation_DocumentId") REFERENCES "edfi"."StudentEducationOrganizationAssociation" ("DocumentId") ON DELETE CASCADE
);

CREATE TABLE "edfi"."StudentEducationOrganizationAssociationElectronicMail" (
    "StudentEducationOrganizationAssociation_DocumentId" bigint NOT NULL,
    "Ordinal"                                            integer NOT NULL,
    "DoNotPublishIndicator"                              boolean NULL,
    "ElectronicMailAddress"                              varchar(128) NOT NULL,
    "ElectronicMailTypeDescriptor_DescriptorId"          bigint NOT NULL,
    "PrimaryEmailAddressIndicator"                       boolean NULL,
    CONSTRAINT "PK_StudentEducationOrganizationAssociationElectronicMail" PRIMARY KEY ("StudentEducationOrganizationAssociation_DocumentId", "Ordinal"),
    CONSTRAINT "FK_StudentEducationOrganizationAssociationElectronicMa_e16b787f" FOREIGN KEY ("StudentEducationOrganizationAssociation_DocumentId") REFERENCES "edfi"."StudentEducationOrganizationAssociation" ("DocumentId") ON DELETE CASCADE
);

CREATE TABLE "edfi"."StudentEducationOrganizationAssociationInternationalAddress" (
    "StudentEducationOrganizationAssociation_DocumentId" bigint NOT NULL,
    "Ordinal"                                            integer NOT NULL,
    "AddressLine1"                                       varchar(150) NOT NULL,
    "AddressLine2"                                       varchar(150) NULL,
    "AddressLine3"                                       varchar(150) NULL,
    "AddressLine4"                                       varchar(150) NULL,
    "AddressTypeDescriptor_DescriptorId"                 bigint NOT NULL,
    "BeginDate"                                          date NULL,
    "CountryDescriptor_DescriptorId"                     bigint NOT NULL,
    "EndDate"                                            date NULL,
    "Latitude"                                           varchar(20) NULL,
    "Longitude"                                          varchar(20) NULL,
    CONSTRAINT "PK_StudentEducationOrganizationAssociationInternationalAddress" PRIMARY KEY ("StudentEducationOrganizationAssociation_DocumentId", "Ordinal"),
    CONSTRAINT "FK_StudentEducationOrganizationAssociationInternationa_108464b0" FOREIGN KEY ("StudentEducationOrganizationAssociation_DocumentId") REFERENCES "edfi"."StudentEducationOrganizationAssociation" ("DocumentId") ON DELETE CASCADE
);

CREATE TABLE "edfi"."StudentEducationOrganizationAssociationLanguage" (
    "StudentEducationOrganizationAssociation_DocumentId" bigint NOT NULL,
    "Ordinal"                                            integer NOT NULL,
    "LanguageDescriptor_DescriptorId"                    bigint NOT NULL,
    CONSTRAINT "PK_StudentEducationOrganizationAssociationLanguage" PRIMARY KEY ("StudentEducationOrganizationAssociation_DocumentId", "Ordinal"),
    CONSTRAINT "FK_StudentEducationOrganizationAssociationLanguage_Stu_3fa7a0da" FOREIGN KEY ("StudentEducationOrganizationAssociation_DocumentId") REFERENCES "edfi"."StudentEducationOrganizationAssociation" ("DocumentId") ON DELETE CASCADE
);

CREATE TABLE "edfi"."StudentEducationOrganizationAssociationLanguageUse" (
    "StudentEducationOrganizationAssociation_DocumentId" bigint NOT NULL,
    "LanguageOrdinal"                                    integer NOT NULL,
    "Ordinal"                                            integer NOT NULL,
    "LanguageUseDescriptor_DescriptorId"                 bigint NOT NULL,
    CONSTRAINT "PK_StudentEducationOrganizationAssociationLanguageUse" PRIMARY KEY ("StudentEducationOrganizationAssociation_DocumentId", "LanguageOrdinal", "Ordinal"),
    CONSTRAINT "FK_StudentEducationOrganizationAssociationLanguageUse__0b865c70" FOREIGN KEY ("StudentEducationOrganizationAssociation_DocumentId", "LanguageOrdinal") REFERENCES "edfi"."StudentEducationOrganizationAssociationLanguage" ("StudentEducationOrganizationAssociation_DocumentId", "Ordinal") ON DELETE CASCADE
);

CREATE TABLE "edfi"."StudentEducationOrganizationAssociationRace" (
    "StudentEducationOrganizationAssociation_DocumentId" bigint NOT NULL,
    "Ordinal"                                            integer NOT NULL,
    "RaceDescriptor_DescriptorId"                        bigint NOT NULL,
    CONSTRAINT "PK_StudentEducationOrganizationAssociationRace" PRIMARY KEY ("StudentEducationOrganizationAssociation_DocumentId", "Ordinal"),
    CONSTRAINT "FK_StudentEducationOrganizationAssociationRace_Student_7b459715" FOREIGN KEY ("StudentEducationOrganizationAssociation_DocumentId") REFERENCES "edfi"."StudentEducationOrganizationAssociation" ("DocumentId") ON DELETE CASCADE
);

CREATE TABLE "edfi"."StudentEducationOrganizationAssociationStudentCharacteristic" (
    "StudentEducationOrganizationAssociation_DocumentId" bigint NOT NULL,
    "Ordinal"                                            integer NOT NULL,
    "DesignatedBy"                                       varchar(60) NULL,
    "StudentCharacteristicDescriptor_DescriptorId"       bigint NOT NULL,
    CONSTRAINT "PK_StudentEducationOrganizationAssociationStudentCharacteristic" PRIMARY KEY ("StudentEducationOrganizationAssociation_DocumentId", "Ordinal"),
    CONSTRAINT "FK_StudentEducationOrganizationAssociationStudentChara_85193da2" FOREIGN KEY ("StudentEducationOrganizationAssociation_DocumentId") REFERENCES "edfi"."StudentEducationOrganizationAssociation" ("DocumentId") ON DELETE CASCADE,
    CONSTRAINT "UX_StudentEducationOrganizationAssociationStudentChara_0c705e3b" UNIQUE ("StudentEducationOrganizationAssociation_DocumentId", "StudentCharacteristicDescriptor_DescriptorId") DEFERRABLE INITIALLY IMMEDIATE
);

CREATE TABLE "edfi"."StudentEducationOrganizationAssociationStudentCharacte_a18fcf0a" (
    "StudentEducationOrganizationAssociation_DocumentId" bigint NOT NULL,
    "StudentCharacteristicOrdinal"                       integer NOT NULL,
    "Ordinal"                                            integer NOT NULL,
    "BeginDate"                                          date NOT NULL,
    "EndDate"                                            date NULL,
    CONSTRAINT "PK_StudentEducationOrganizationAssociationStudentChara_65024354" PRIMARY KEY ("StudentEducationOrganizationAssociation_DocumentId", "StudentCharacteristicOrdinal", "Ordinal"),
    CONSTRAINT "FK_StudentEducationOrganizationAssociationStudentChara_7e4d027b" FOREIGN KEY ("StudentEducationOrganizationAssociation_DocumentId", "StudentCharacteristicOrdinal") REFERENCES "edfi"."StudentEducationOrganizationAssociationStudentCharacteristic" ("StudentEducationOrganizationAssociation_DocumentId", "Ordinal") ON DELETE CASCADE,
    CONSTRAINT "UX_StudentEducationOrganizationAssociationStudentChara_5313e57d" UNIQUE ("StudentEducationOrganizationAssociation_DocumentId", "StudentCharacteristicOrdinal", "BeginDate") DEFERRABLE INITIALLY IMMEDIATE
);

CREATE TABLE "sample"."StudentEducationOrganizationAssociationExtensionStuden_bc907717" (
    "StudentEducationOrganizationAssociation_DocumentId" bigint NOT NULL,
    "Ordinal"                                            integer NOT NULL,
    CONSTRAINT "PK_StudentEducationOrganizationAssociationExtensionStu_94415f4a" PRIMARY KEY ("StudentEducationOrganizationAssociation_DocumentId", "Ordinal"),
    CONSTRAINT "FK_StudentEducationOrganizationAssociationExtensionStu_f9afb6b4" FOREIGN KEY ("StudentEducationOrganizationAssociation_DocumentId", "Ordinal") REFERENCES "edfi"."StudentEducationOrganizationAssociationStudentCharacteristic" ("StudentEducationOrganizationAssociation_DocumentId", "Ordinal") ON DELETE CASCADE
);

CREATE TABLE "sample"."StudentEducationOrganizationAssociationExtensionStuden_40660db3" (
    "StudentEducationOrganizationAssociation_DocumentId" bigint NOT NULL,
    "StudentCharacteristicOrdinal"                       integer NOT NULL,
    "Ordinal"                                            integer NOT NULL,
    "BeginDate"                                          date NOT NULL,
    "EndDate"                                            date NULL,
    "PrimaryStudentNeedIndicator"                        boolean NULL,
    CONSTRAINT "PK_StudentEducationOrganizationAssociationExtensionStu_32921858" PRIMARY KEY ("StudentEducationOrganizationAssociation_DocumentId", "StudentCharacteristicOrdinal", "Ordinal"),
    CONSTRAINT "FK_StudentEducationOrganizationAssociationExtensionStu_a20bbdb6" FOREIGN KEY ("StudentEducationOrganizationAssociation_DocumentId", "StudentCharacteristicOrdinal") REFERENCES "sample"."StudentEducationOrganizationAssociationExtensionStuden_bc907717" ("StudentEducationOrganizationAssociation_DocumentId", "Ordinal") ON DELETE CASCADE,
    CONSTRAINT "UX_StudentEducationOrganizationAssociationExtensionStu_26736276" UNIQUE ("StudentEducationOrganizationAssociation_DocumentId", "StudentCharacteristicOrdinal", "BeginDate") DEFERRABLE INITIALLY IMMEDIATE
);

CREATE TABLE "edfi"."StudentEducationOrganizationAssociationStudentIdentifi_c1503066" (
    "StudentEducationOrganizationAssociation_DocumentId" bigint NOT NULL,
    "Ordinal"                                            integer NOT NULL,
    "AssigningOrganizationIdentificationCode"            varchar(60) NOT NULL,
    "IdentificationCode"                                 varchar(60) NOT NULL,
    "StudentIdentificationSystemDescriptor_DescriptorId" bigint NOT NULL,
    CONSTRAINT "PK_StudentEducationOrganizationAssociationStudentIdent_59ad8e24" PRIMARY KEY ("StudentEducationOrganizationAssociation_DocumentId", "Ordinal"),
    CONSTRAINT "FK_StudentEducationOrganizationAssociationStudentIdent_ba69da7a" FOREIGN KEY ("StudentEducationOrganizationAssociation_DocumentId") REFERENCES "edfi"."StudentEducationOrganizationAssociation" ("DocumentId") ON DELETE CASCADE
);

CREATE TABLE "edfi"."StudentEducationOrganizationAssociationStudentIndicator" (
    "StudentEducationOrganizationAssociation_DocumentId" bigint NOT NULL,
    "Ordinal"                                            integer NOT NULL,
    "DesignatedBy"                                       varchar(60) NULL,
    "Indicator"                                          varchar(60) NOT NULL,
    "IndicatorGroup"                                     varchar(200) NULL,
    "IndicatorName"                                      varchar(200) NOT NULL,
    CONSTRAINT "PK_StudentEducationOrganizationAssociationStudentIndicator" PRIMARY KEY ("StudentEducationOrganizationAssociation_DocumentId", "Ordinal"),
    CONSTRAINT "FK_StudentEducationOrganizationAssociationStudentIndic_6ca45873" FOREIGN KEY ("StudentEducationOrganizationAssociation_DocumentId") REFERENCES "edfi"."StudentEducationOrganizationAssociation" ("DocumentId") ON DELETE CASCADE
);

CREATE TABLE "edfi"."StudentEducationOrganizationAssociationStudentIndicatorPeriod" (
    "StudentEducationOrganizationAssociation_DocumentId" bigint NOT NULL,
    "StudentIndicatorOrdinal"                            integer NOT NULL,
    "Ordinal"                                            integer NOT NULL,
    "BeginDate"                                          date NOT NULL,
    "EndDate"                                            date NULL,
    CONSTRAINT "PK_StudentEducationOrganizationAssociationStudentIndic_f62a3cfc" PRIMARY KEY ("StudentEducationOrganizationAssociation_DocumentId", "StudentIndicatorOrdinal", "Ordinal"),
    CONSTRAINT "FK_StudentEducationOrganizationAssociationStudentIndic_747c7e4c" FOREIGN KEY ("StudentEducationOrganizationAssociation_DocumentId", "StudentIndicatorOrdinal") REFERENCES "edfi"."StudentEducationOrganizationAssociationStudentIndicator" ("StudentEducationOrganizationAssociation_DocumentId", "Ordinal") ON DELETE CASCADE
);

CREATE TABLE "edfi"."StudentEducationOrganizationAssociationTelephone" (
    "StudentEducationOrganizationAssociation_DocumentId" bigint NOT NULL,
    "Ordinal"                                            integer NOT NULL,
    "DoNotPublishIndicator"                              boolean NULL,
    "OrderOfPriority"                                    integer NULL,
    "TelephoneNumber"                                    varchar(24) NOT NULL,
    "TelephoneNumberTypeDescriptor_DescriptorId"         bigint NOT NULL,
    "TextMessageCapabilityIndicator"                     boolean NULL,
    CONSTRAINT "PK_StudentEducationOrganizationAssociationTelephone" PRIMARY KEY ("StudentEducationOrganizationAssociation_DocumentId", "Ordinal"),
    CONSTRAINT "FK_StudentEducationOrganizationAssociationTelephone_St_da168da6" FOREIGN KEY ("StudentEducationOrganizationAssociation_DocumentId") REFERENCES "edfi"."StudentEducationOrganizationAssociation" ("DocumentId") ON DELETE CASCADE
);

CREATE TABLE "edfi"."StudentEducationOrganizationAssociationTribalAffiliation" (
    "StudentEducationOrganizationAssociation_DocumentId" bigint NOT NULL,
    "Ordinal"                                            integer NOT NULL,
    "TribalAffiliationDescriptor_DescriptorId"           bigint NOT NULL,
    CONSTRAINT "PK_StudentEducationOrganizationAssociationTribalAffiliation" PRIMARY KEY ("StudentEducationOrganizationAssociation_DocumentId", "Ordinal"),
    CONSTRAINT "FK_StudentEducationOrganizationAssociationTribalAffili_f06b2839" FOREIGN KEY ("StudentEducationOrganizationAssociation_DocumentId") REFERENCES "edfi"."StudentEducationOrganizationAssociation" ("DocumentId") ON DELETE CASCADE
);

CREATE TABLE "sample"."StudentEducationOrganizationAssociationExtension" (
    "DocumentId"                  bigint NOT NULL,
    "Favorite_Program_DocumentId" bigint NULL,
    CONSTRAINT "PK_StudentEducationOrganizationAssociationExtension" PRIMARY KEY ("DocumentId"),
    CONSTRAINT "FK_StudentEducationOrganizationAssociationExtension_St_677f46f3" FOREIGN KEY ("DocumentId") REFERENCES "edfi"."StudentEducationOrganizationAssociation" ("DocumentId") ON DELETE CASCADE
);

ALTER TABLE "edfi"."StudentEducationOrganizationAssociation" ADD CONSTRAINT "FK_StudentEducationOrganizationAssociation_EducationOr_870a15ce" FOREIGN KEY ("EducationOrganization_DocumentId") REFERENCES "dms"."Document" ("DocumentId");
ALTER TABLE "edfi"."StudentEducationOrganizationAssociation" ADD CONSTRAINT "FK_StudentEducationOrganizationAssociation_Student" FOREIGN KEY ("Student_DocumentId") REFERENCES "edfi"."Student" ("DocumentId");
ALTER TABLE "edfi"."StudentEducationOrganizationAssociation" ADD CONSTRAINT "FK_StudentEducationOrganizationAssociation_BarrierToIn_e5958c02" FOREIGN KEY ("BarrierToInternetAccessInResidenceDescriptor_DescriptorId") REFERENCES "dms"."Descriptor" ("DocumentId");
ALTER TABLE "edfi"."StudentEducationOrganizationAssociation" ADD CONSTRAINT "FK_StudentEducationOrganizationAssociation_InternetAcc_f58fbc52" FOREIGN KEY ("InternetAccessTypeInResidenceDescriptor_DescriptorId") REFERENCES "dms"."Descriptor" ("DocumentId");
ALTER TABLE "edfi"."StudentEducationOrganizationAssociation" ADD CONSTRAINT "FK_StudentEducationOrganizationAssociation_InternetPer_549631e3" FOREIGN KEY ("InternetPerformanceInResidenceDescriptor_DescriptorId") REFERENCES "dms"."Descriptor" ("DocumentId");
ALTER TABLE "edfi"."StudentEducationOrganizationAssociation" ADD CONSTRAINT "FK_StudentEducationOrganizationAssociation_LimitedEngl_f90c9455" FOREIGN KEY ("LimitedEnglishProficiencyDescriptor_DescriptorId") REFERENCES "dms"."Descriptor" ("DocumentId");
ALTER TABLE "edfi"."StudentEducationOrganizationAssociation" ADD CONSTRAINT "FK_StudentEducationOrganizationAssociation_PrimaryLear_9c9517f7" FOREIGN KEY ("PrimaryLearningDeviceAccessDescriptor_DescriptorId") REFERENCES "dms"."Descriptor" ("DocumentId");
ALTER TABLE "edfi"."StudentEducationOrganizationAssociation" ADD CONSTRAINT "FK_StudentEducationOrganizationAssociation_PrimaryLear_ecfbf554" FOREIGN KEY ("PrimaryLearningDeviceAwayFromSchoolDescriptor_DescriptorId") REFERENCES "dms"."Descriptor" ("DocumentId");
ALTER TABLE "edfi"."StudentEducationOrganizationAssociation" ADD CONSTRAINT "FK_StudentEducationOrganizationAssociation_PrimaryLear_fcda5013" FOREIGN KEY ("PrimaryLearningDeviceProviderDescriptor_DescriptorId") REFERENCES "dms"."Descriptor" ("DocumentId");
ALTER TABLE "edfi"."StudentEducationOrganizationAssociation" ADD CONSTRAINT "FK_StudentEducationOrganizationAssociation_SexDescriptor" FOREIGN KEY ("SexDescriptor_DescriptorId") REFERENCES "dms"."Descriptor" ("DocumentId");
ALTER TABLE "edfi"."StudentEducationOrganizationAssociation" ADD CONSTRAINT "FK_StudentEducationOrganizationAssociation_SupporterMi_d161d129" FOREIGN KEY ("SupporterMilitaryConnectionDescriptor_DescriptorId") REFERENCES "dms"."Descriptor" ("DocumentId");
ALTER TABLE "edfi"."StudentEducationOrganizationAssociationAddress" ADD CONSTRAINT "FK_StudentEducationOrganizationAssociationAddress_Addr_ce68fcb8" FOREIGN KEY ("AddressTypeDescriptor_DescriptorId") REFERENCES "dms"."Descriptor" ("DocumentId");
ALTER TABLE "edfi"."StudentEducationOrganizationAssociationAddress" ADD CONSTRAINT "FK_StudentEducationOrganizationAssociationAddress_Loca_095306a0" FOREIGN KEY ("LocaleDescriptor_DescriptorId") REFERENCES "dms"."Descriptor" ("DocumentId");
ALTER TABLE "edfi"."StudentEducationOrganizationAssociationAddress" ADD CONSTRAINT "FK_StudentEducationOrganizationAssociationAddress_Stat_2b406ee5" FOREIGN KEY ("StateAbbreviationDescriptor_DescriptorId") REFERENCES "dms"."Descriptor" ("DocumentId");
ALTER TABLE "sample"."StudentEducationOrganizationAssociationExtensionAddressTerm" ADD CONSTRAINT "FK_StudentEducationOrganizationAssociationExtensionAdd_69634ffe" FOREIGN KEY ("TermDescriptor_DescriptorId") REFERENCES "dms"."Descriptor" ("DocumentId");
ALTER TABLE "edfi"."StudentEducationOrganizationAssociationAncestryEthnicOrigin" ADD CONSTRAINT "FK_StudentEducationOrganizationAssociationAncestryEthn_def55be8" FOREIGN KEY ("AncestryEthnicOriginDescriptor_DescriptorId") REFERENCES "dms"."Descriptor" ("DocumentId");
ALTER TABLE "edfi"."StudentEducationOrganizationAssociationCohortYear" ADD CONSTRAINT "FK_StudentEducationOrganizationAssociationCohortYear_S_7554948c" FOREIGN KEY ("SchoolYearType_DocumentId") REFERENCES "edfi"."SchoolYearType" ("DocumentId");
ALTER TABLE "edfi"."StudentEducationOrganizationAssociationCohortYear" ADD CONSTRAINT "FK_StudentEducationOrganizationAssociationCohortYear_C_9e8483c6" FOREIGN KEY ("CohortYearTypeDescriptor_DescriptorId") REFERENCES "dms"."Descriptor" ("DocumentId");
ALTER TABLE "edfi"."StudentEducationOrganizationAssociationCohortYear" ADD CONSTRAINT "FK_StudentEducationOrganizationAssociationCohortYear_T_111055e5" FOREIGN KEY ("TermDescriptor_DescriptorId") REFERENCES "dms"."Descriptor" ("DocumentId");
ALTER TABLE "edfi"."StudentEducationOrganizationAssociationDisability" ADD CONSTRAINT "FK_StudentEducationOrganizationAssociationDisability_D_0d97e42d" FOREIGN KEY ("DisabilityDescriptor_DescriptorId") REFERENCES "dms"."Descriptor" ("DocumentId");
ALTER TABLE "edfi"."StudentEducationOrganizationAssociationDisability" ADD CONSTRAINT "FK_StudentEducationOrganizationAssociationDisability_D_4ba76124" FOREIGN KEY ("DisabilityDeterminationSourceTypeDescriptor_DescriptorId") REFERENCES "dms"."Descriptor" ("DocumentId");
ALTER TABLE "edfi"."StudentEducationOrganizationAssociationDisabilityDesignation" ADD CONSTRAINT "FK_StudentEducationOrganizationAssociationDisabilityDe_3afcad85" FOREIGN KEY ("DisabilityDesignationDescriptor_DescriptorId") REFERENCES "dms"."Descriptor" ("DocumentId");
ALTER TABLE "edfi"."StudentEducationOrganizationAssociationDisplacedStudent" ADD CONSTRAINT "FK_StudentEducationOrganizationAssociationDisplacedStu_2ff1c074" FOREIGN KEY ("CrisisEvent_DocumentId") REFERENCES "edfi"."CrisisEvent" ("DocumentId");
ALTER TABLE "edfi"."StudentEducationOrganizationAssociationDisplacedStudent" ADD CONSTRAINT "FK_StudentEducationOrganizationAssociationDisplacedStu_d8d644bc" FOREIGN KEY ("DisplacedStudentStatusDescriptor_DescriptorId") REFERENCES "dms"."Descriptor" ("DocumentId");
ALTER TABLE "edfi"."StudentEducationOrganizationAssociationElectronicMail" ADD CONSTRAINT "FK_StudentEducationOrganizationAssociationElectronicMa_c26300b1" FOREIGN KEY ("ElectronicMailTypeDescriptor_DescriptorId") REFERENCES "dms"."Descriptor" ("DocumentId");
ALTER TABLE "edfi"."StudentEducationOrganizationAssociationInternationalAddress" ADD CONSTRAINT "FK_StudentEducationOrganizationAssociationInternationa_cc598e77" FOREIGN KEY ("AddressTypeDescriptor_DescriptorId") REFERENCES "dms"."Descriptor" ("DocumentId");
ALTER TABLE "edfi"."StudentEducationOrganizationAssociationInternationalAddress" ADD CONSTRAINT "FK_StudentEducationOrganizationAssociationInternationa_929a7682" FOREIGN KEY ("CountryDescriptor_DescriptorId") REFERENCES "dms"."Descriptor" ("DocumentId");
ALTER TABLE "edfi"."StudentEducationOrganizationAssociationLanguage" ADD CONSTRAINT "FK_StudentEducationOrganizationAssociationLanguage_Lan_462bce36" FOREIGN KEY ("LanguageDescriptor_DescriptorId") REFERENCES "dms"."Descriptor" ("DocumentId");
ALTER TABLE "edfi"."StudentEducationOrganizationAssociationLanguageUse" ADD CONSTRAINT "FK_StudentEducationOrganizationAssociationLanguageUse__2b0ca956" FOREIGN KEY ("LanguageUseDescriptor_DescriptorId") REFERENCES "dms"."Descriptor" ("DocumentId");
ALTER TABLE "edfi"."StudentEducationOrganizationAssociationRace" ADD CONSTRAINT "FK_StudentEducationOrganizationAssociationRace_RaceDescriptor" FOREIGN KEY ("RaceDescriptor_DescriptorId") REFERENCES "dms"."Descriptor" ("DocumentId");
ALTER TABLE "edfi"."StudentEducationOrganizationAssociationStudentCharacteristic" ADD CONSTRAINT "FK_StudentEducationOrganizationAssociationStudentChara_25a28dc9" FOREIGN KEY ("StudentCharacteristicDescriptor_DescriptorId") REFERENCES "dms"."Descriptor" ("DocumentId");
ALTER TABLE "edfi"."StudentEducationOrganizationAssociationStudentIdentifi_c1503066" ADD CONSTRAINT "FK_StudentEducationOrganizationAssociationStudentIdent_e2a4379c" FOREIGN KEY ("StudentIdentificationSystemDescriptor_DescriptorId") REFERENCES "dms"."Descriptor" ("DocumentId");
ALTER TABLE "edfi"."StudentEducationOrganizationAssociationTelephone" ADD CONSTRAINT "FK_StudentEducationOrganizationAssociationTelephone_Te_27cd16e5" FOREIGN KEY ("TelephoneNumberTypeDescriptor_DescriptorId") REFERENCES "dms"."Descriptor" ("DocumentId");
ALTER TABLE "edfi"."StudentEducationOrganizationAssociationTribalAffiliation" ADD CONSTRAINT "FK_StudentEducationOrganizationAssociationTribalAffili_697918bf" FOREIGN KEY ("TribalAffiliationDescriptor_DescriptorId") REFERENCES "dms"."Descriptor" ("DocumentId");
ALTER TABLE "sample"."StudentEducationOrganizationAssociationExtension" ADD CONSTRAINT "FK_StudentEducationOrganizationAssociationExtension_Fa_7d43f22f" FOREIGN KEY ("Favorite_Program_DocumentId") REFERENCES "edfi"."Program" ("DocumentId");
CREATE INDEX "IX_StudentEducationOrganizationAssociation_BarrierToIn_9e67db58" ON "edfi"."StudentEducationOrganizationAssociation" ("BarrierToInternetAccessInResidenceDescriptor_DescriptorId");
CREATE INDEX "IX_StudentEducationOrganizationAssociation_InternetAcc_ceffe613" ON "edfi"."StudentEducationOrganizationAssociation" ("InternetAccessTypeInResidenceDescriptor_DescriptorId");
CREATE INDEX "IX_StudentEducationOrganizationAssociation_InternetPer_9845d4fb" ON "edfi"."StudentEducationOrganizationAssociation" ("InternetPerformanceInResidenceDescriptor_DescriptorId");
CREATE INDEX "IX_StudentEducationOrganizationAssociation_LimitedEngl_19c0f317" ON "edfi"."StudentEducationOrganizationAssociation" ("LimitedEnglishProficiencyDescriptor_DescriptorId");
CREATE INDEX "IX_StudentEducationOrganizationAssociation_PrimaryLear_54e5837e" ON "edfi"."StudentEducationOrganizationAssociation" ("PrimaryLearningDeviceAccessDescriptor_DescriptorId");
CREATE INDEX "IX_StudentEducationOrganizationAssociation_PrimaryLear_20a43f74" ON "edfi"."StudentEducationOrganizationAssociation" ("PrimaryLearningDeviceAwayFromSchoolDescriptor_DescriptorId");
CREATE INDEX "IX_StudentEducationOrganizationAssociation_PrimaryLear_f6a55119" ON "edfi"."StudentEducationOrganizationAssociation" ("PrimaryLearningDeviceProviderDescriptor_DescriptorId");
CREATE INDEX "IX_StudentEducationOrganizationAssociation_SexDescript_75ac0c88" ON "edfi"."StudentEducationOrganizationAssociation" ("SexDescriptor_DescriptorId");
CREATE INDEX "IX_StudentEducationOrganizationAssociation_Student_DocumentId" ON "edfi"."StudentEducationOrganizationAssociation" ("Student_DocumentId");
CREATE INDEX "IX_StudentEducationOrganizationAssociation_SupporterMi_4346cb2a" ON "edfi"."StudentEducationOrganizationAssociation" ("SupporterMilitaryConnectionDescriptor_DescriptorId");
CREATE INDEX "IX_StudentEducationOrganizationAssociation_GenderIdentity" ON "edfi"."StudentEducationOrganizationAssociation" ("GenderIdentity");
CREATE INDEX "IX_StudentEducationOrganizationAssociation_HispanicLat_1daee81a" ON "edfi"."StudentEducationOrganizationAssociation" ("HispanicLatinoEthnicity");
CREATE INDEX "IX_StudentEducationOrganizationAssociation_InternetAcc_f3f5bdfd" ON "edfi"."StudentEducationOrganizationAssociation" ("InternetAccessInResidence");
CREATE INDEX "IX_StudentEducationOrganizationAssociation_LoginId" ON "edfi"."StudentEducationOrganizationAssociation" ("LoginId");
CREATE INDEX "IX_StudentEducationOrganizationAssociation_ProfileThumbnail" ON "edfi"."StudentEducationOrganizationAssociation" ("ProfileThumbnail");
CREATE INDEX "IX_StudentEducationOrganizationAssociationAddress_Addr_79ba8d1b" ON "edfi"."StudentEducationOrganizationAssociationAddress" ("AddressTypeDescriptor_DescriptorId");
CREATE INDEX "IX_StudentEducationOrganizationAssociationAddress_Loca_23f9c271" ON "edfi"."StudentEducationOrganizationAssociationAddress" ("LocaleDescriptor_DescriptorId");
CREATE INDEX "IX_StudentEducationOrganizationAssociationAddress_Stat_352002e2" ON "edfi"."StudentEducationOrganizationAssociationAddress" ("StateAbbreviationDescriptor_DescriptorId");
CREATE INDEX "IX_StudentEducationOrganizationAssociationExtensionAdd_db292254" ON "sample"."StudentEducationOrganizationAssociationExtensionAddressTerm" ("TermDescriptor_DescriptorId");
CREATE INDEX "IX_StudentEducationOrganizationAssociationAncestryEthn_9fea37da" ON "edfi"."StudentEducationOrganizationAssociationAncestryEthnicOrigin" ("AncestryEthnicOriginDescriptor_DescriptorId");
CREATE INDEX "IX_StudentEducationOrganizationAssociationCohortYear_C_90294715" ON "edfi"."StudentEducationOrganizationAssociationCohortYear" ("CohortYearTypeDescriptor_DescriptorId");
CREATE INDEX "IX_StudentEducationOrganizationAssociationCohortYear_S_e0fc9f60" ON "edfi"."StudentEducationOrganizationAssociationCohortYear" ("SchoolYearType_DocumentId");
CREATE INDEX "IX_StudentEducationOrganizationAssociationCohortYear_T_acd929e1" ON "edfi"."StudentEducationOrganizationAssociationCohortYear" ("TermDescriptor_DescriptorId");
CREATE INDEX "IX_StudentEducationOrganizationAssociationDisability_D_74174d18" ON "edfi"."StudentEducationOrganizationAssociationDisability" ("DisabilityDescriptor_DescriptorId");
CREATE INDEX "IX_StudentEducationOrganizationAssociationDisability_D_918cde20" ON "edfi"."StudentEducationOrganizationAssociationDisability" ("DisabilityDeterminationSourceTypeDescriptor_DescriptorId");
CREATE INDEX "IX_StudentEducationOrganizationAssociationDisabilityDe_01b2afca" ON "edfi"."StudentEducationOrganizationAssociationDisabilityDesignation" ("DisabilityDesignationDescriptor_DescriptorId");
CREATE INDEX "IX_StudentEducationOrganizationAssociationDisplacedStu_87fde59f" ON "edfi"."StudentEducationOrganizationAssociationDisplacedStudent" ("CrisisEvent_DocumentId");
CREATE INDEX "IX_StudentEducationOrganizationAssociationDisplacedStu_0b0523a1" ON "edfi"."StudentEducationOrganizationAssociationDisplacedStudent" ("DisplacedStudentStatusDescriptor_DescriptorId");
CREATE INDEX "IX_StudentEducationOrganizationAssociationElectronicMa_c5476e99" ON "edfi"."StudentEducationOrganizationAssociationElectronicMail" ("ElectronicMailTypeDescriptor_DescriptorId");
CREATE INDEX "IX_StudentEducationOrganizationAssociationInternationa_9f49fdb7" ON "edfi"."StudentEducationOrganizationAssociationInternationalAddress" ("AddressTypeDescriptor_DescriptorId");
CREATE INDEX "IX_StudentEducationOrganizationAssociationInternationa_98d04d48" ON "edfi"."StudentEducationOrganizationAssociationInternationalAddress" ("CountryDescriptor_DescriptorId");
CREATE INDEX "IX_StudentEducationOrganizationAssociationLanguage_Lan_7fc82767" ON "edfi"."StudentEducationOrganizationAssociationLanguage" ("LanguageDescriptor_DescriptorId");
CREATE INDEX "IX_StudentEducationOrganizationAssociationLanguageUse__47f7b28b" ON "edfi"."StudentEducationOrganizationAssociationLanguageUse" ("LanguageUseDescriptor_DescriptorId");
CREATE INDEX "IX_StudentEducationOrganizationAssociationRace_RaceDes_5d0c1a3c" ON "edfi"."StudentEducationOrganizationAssociationRace" ("RaceDescriptor_DescriptorId");
CREATE INDEX "IX_StudentEducationOrganizationAssociationStudentChara_7d804cc8" ON "edfi"."StudentEducationOrganizationAssociationStudentCharacteristic" ("StudentCharacteristicDescriptor_DescriptorId");
CREATE INDEX "IX_StudentEducationOrganizationAssociationStudentIdent_d0afa56b" ON "edfi"."StudentEducationOrganizationAssociationStudentIdentifi_c1503066" ("StudentIdentificationSystemDescriptor_DescriptorId");
CREATE INDEX "IX_StudentEducationOrganizationAssociationTelephone_Te_f8bb45e3" ON "edfi"."StudentEducationOrganizationAssociationTelephone" ("TelephoneNumberTypeDescriptor_DescriptorId");
CREATE INDEX "IX_StudentEducationOrganizationAssociationTribalAffili_7235cc13" ON "edfi"."StudentEducationOrganizationAssociationTribalAffiliation" ("TribalAffiliationDescriptor_DescriptorId");
CREATE INDEX "IX_StudentEducationOrganizationAssociationExtension_Fa_a8eda441" ON "sample"."StudentEducationOrganizationAssociationExtension" ("Favorite_Program_DocumentId");
