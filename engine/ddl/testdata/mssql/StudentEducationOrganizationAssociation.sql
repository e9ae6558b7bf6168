CREATE TABLE [edfi].[StudentEducationOrganizationAssociation] (
    [DocumentId]                                                 bigint NOT NULL,
    [BarrierToInternetAccessInResidenceDescriptor_DescriptorId]  bigint NULL,
    [EducationOrganization_DocumentId]                           bigint NOT NULL,
    [GenderIdentity]                                             nvarchar(60) NULL,
    [HispanicLatinoEthnicity]                                    bit NULL,
    [InternetAccessInResidence]                                  bit NULL,
    [InternetAccessTypeInResidenceDescriptor_DescriptorId]       bigint NULL,
    [InternetPerformanceInResidenceDescriptor_DescriptorId]      bigint NULL,
    [LimitedEnglishProficiencyDescriptor_DescriptorId]           bigint NULL,
    [LoginId]                                                    nvarchar(60) NULL,
    [PrimaryLearningDeviceAccessDescriptor_DescriptorId]         bigint NULL,
    [PrimaryLearningDeviceAwayFromSchoolDescriptor_DescriptorId] bigint NULL,
    [PrimaryLearningDeviceProviderDescriptor_DescriptorId]       bigint NULL,
    [ProfileThumbnail]                                           nvarchar(255) NULL,
    [SexDescriptor_DescriptorId]                                 bigint NULL,
    [Student_DocumentId]                                         bigint NOT NULL,
    [SupporterMilitaryConnectionDescriptor_DescriptorId]         bigint NULL,
    CONSTRAINT [PK_StudentEducationOrganizationAssociation] PRIMARY KEY CLUSTERED ([DocumentId]),
    CONSTRAINT [FK_StudentEducationOrganizationAssociation_Document] FOREIGN KEY ([DocumentId]) REFERENCES [dms].[Document] ([DocumentId]) ON DELETE CASCADE,
    CONSTRAINT [UX_StudentEducationOrganizationAssociation_NaturalKey] UNIQUE NONCLUSTERED ([EducationOrganization_DocumentId], [Student_DocumentId])
);

CREATE TABLE [edfi].[StudentEducationOrganizationAssociationAddress] (
    [StudentEducationOrganizationAssociation_DocumentId] bigint NOT NULL,
    [Ordinal]                                            int NOT NULL,
    [AddressTypeDescriptor_DescriptorId]                 bigint NOT NULL,
    [ApartmentRoomSuiteNumber]                           nvarchar(50) NULL,
    [BuildingSiteNumber]                                 nvarchar(20) NULL,
    [City]                                               nvarchar(30) NOT NULL,
    [CongressionalDistrict]                              nvarchar(30) NULL,
    [CountyFIPSCode]                                     nvarchar(5) NULL,
    [DoNotPublishIndicator]                              bit NULL,
    [Latitude]                                           nvarchar(20) NULL,
    [LocaleDescriptor_DescriptorId]                      bigint NULL,
    [Longitude]                                          nvarchar(20) NULL,
    [NameOfCounty]                                       nvarchar(30) NULL,
    [PostalCode]                                         nvarchar(17) NOT NULL,
    [StateAbbreviationDescriptor_DescriptorId]           bigint NOT NULL,
    [StreetNumberName]                                   nvarchar(150) NOT NULL,
    CONSTRAINT [PK_StudentEducationOrganizationAssociationAddress] PRIMARY KEY CLUSTERED ([StudentEducationOrganizationAssociation_DocumentId], [Ordinal]),
    CONSTRAINT [FK_StudentEducationOrganizationAssociationAddress_StudentEducationOrganizationAssociation] FOREIGN KEY ([StudentEducationOrganizationAssociation_DocumentId]) REFERENCES [edfi].[StudentEducationOrganizationAssociation] ([DocumentId]) ON DELETE CASCADE,
    CONSTRAINT [UX_StudentEducationOrganizationAssociationAddress_AddressTypeDescriptor_DescriptorId_City_PostalCode_StateAbbreviationD_a30db20c] UNIQUE NONCLUSTERED ([StudentEducationOrganizationAssociation_DocumentId], [AddressTypeDescriptor_DescriptorId], [City], [PostalCode], [StateAbbreviationDescriptor_DescriptorId], [StreetNumberName])
);

CREATE TABLE [edfi].[StudentEducationOrganizationAssociationAddressPeriod] (
    [StudentEducationOrganizationAssociation_DocumentId] bigint NOT NULL,
    [AddressOrdinal]                                     int NOT NULL,
    [Ordinal]                                            int NOT NULL,
    [BeginDate]                                          date NOT NULL,
    [EndDate]                                            date NULL,
    CONSTRAINT [PK_StudentEducationOrganizationAssociationAddressPeriod] PRIMARY KEY CLUSTERED ([StudentEducationOrganizationAssociation_DocumentId], [AddressOrdinal], [Ordinal]),
    CONSTRAINT [FK_StudentEducationOrganizationAssociationAddressPeriod_StudentEducationOrganizationAssociationAddress] FOREIGN KEY ([StudentEducationOrganizationAssociation_DocumentId], [AddressOrdinal]) REFERENCES [edfi].[StudentEducationOrganizationAssociationAddress] ([StudentEducationOrganizationAssociation_DocumentId], [Ordinal]) ON DELETE CASCADE,
    CONSTRAINT [UX_StudentEducationOrganizationAssociationAddressPeriod_BeginDate] UNIQUE NONCLUSTERED ([StudentEducationOrganizationAssociation_DocumentId], [AddressOrdinal], [BeginDate])
);

CREATE TABLE [sample].[StudentEducationOrganizationAssociationExtensionAddress] (
    [StudentEducationOrganizationAssociation_DocumentId] bigint NOT NULL,
    [Ordinal]                                            int NOT NULL,
    [Complex]                                            nvarchar(255) NULL,
    [OnBusRoute]                                         bit NOT NULL,
    CONSTRAINT [PK_StudentEducationOrganizationAssociationExtensionAddress] PRIMARY KEY CLUSTERED ([StudentEducationOrganizationAssociation_DocumentId], [Ordinal]),
    CONSTRAINT [FK_StudentEducationOrganizationAssociationExtensionAddress_StudentEducationOrganizationAssociationAddress] FOREIGN KEY ([StudentEducationOrganizationAssociation_DocumentId], [Ordinal]) REFERENCES [edfi].[StudentEducationOrganizationAssociationAddress] ([StudentEducationOrganizationAssociation_DocumentId], [Ordinal]) ON DELETE CASCADE
);

CREATE TABLE [sample].[StudentEducationOrganizationAssociationExtensionAddressSchoolDistrict] (
    [StudentEducationOrganizationAssociation_DocumentId] bigint NOT NULL,
    [AddressOrdinal]                                     int NOT NULL,
    [Ordinal]                                            int NOT NULL,
    [SchoolDistrict]                                     nvarchar(250) NOT NULL,
    CONSTRAINT [PK_StudentEducationOrganizationAssociationExtensionAddressSchoolDistrict] PRIMARY KEY CLUSTERED ([StudentEducationOrganizationAssociation_DocumentId], [AddressOrdinal], [Ordinal]),
    CONSTRAINT [FK_StudentEducationOrganizationAssociationExtensionAddressSchoolDistrict_StudentEducationOrganizationAssociationExtensionAddress] FOREIGN KEY ([StudentEducationOrganizationAssociation_DocumentId], [AddressOrdinal]) REFERENCES [sample].[StudentEducationOrganizationAssociationExtensionAddress] ([StudentEducationOrganizationAssociation_DocumentId], [Ordinal]) ON DELETE CASCADE,
    CONSTRAINT [UX_StudentEducationOrganizationAssociationExtensionAddressSchoolDistrict_SchoolDistrict] UNIQUE NONCLUSTERED ([StudentEducationOrganizationAssociation_DocumentId], [AddressOrdinal], [SchoolDistrict])
);

CREATE TABLE [sample].[StudentEducationOrganizationAssociationExtensionAddressTerm] (
    [StudentEducationOrganizationAssociation_DocumentId] bigint NOT NULL,
    [AddressOrdinal]                                     int NOT NULL,
    [Ordinal]                                            int NOT NULL,
    [TermDescriptor_DescriptorId]                        bigint NOT NULL,
    CONSTRAINT [PK_StudentEducationOrganizationAssociationExtensionAddressTerm] PRIMARY KEY CLUSTERED ([StudentEducationOrganizationAssociation_DocumentId], [AddressOrdinal], [Ordinal]),
    CONSTRAINT [FK_StudentEducationOrganizationAssociationExtensionAddressTerm_StudentEducationOrganizationAssociationExtensionAddress] FOREIGN KEY ([StudentEducationOrganizationAssociation_DocumentId], [AddressOrdinal]) REFERENCES [sample].[StudentEducationOrganizationAssociationExtensionAddress] ([StudentEducationOrganizationAssociation_DocumentId], [Ordinal]) ON DELETE CASCADE,
    CONSTRAINT [UX_StudentEducationOrganizationAssociationExtensionAddressTerm_TermDescriptor_DescriptorId] UNIQUE NONCLUSTERED ([StudentEducationOrganizationAssociation_DocumentId], [AddressOrdinal], [TermDescriptor_DescriptorId])
);

CREATE TABLE [edfi].[StudentEducationOrganizationAssociationAncestryEthnicOrigin] (
    [StudentEducationOrganizationAssociation_DocumentId] bigint NOT NULL,
    [Ordinal]                                            int NOT NULL,
    [AncestryEthnicOriginDescriptor_DescriptorId]        bigint NOT NULL,
    CONSTRAINT [PK_StudentEducationOrganizationAssociationAncestryEthnicOrigin] PRIMARY KEY CLUSTERED ([StudentEducationOrganizationAssociation_DocumentId], [Ordinal]),
    CONSTRAINT [FK_StudentEducationOrganizationAssociationAncestryEthnicOrigin_StudentEducationOrganizationAssociation] FOREIGN KEY ([StudentEducationOrganizationAssociation_DocumentId]) REFERENCES [edfi].[StudentEducationOrganizationAssociation] ([DocumentId]) ON DELETE CASCADE
);

CREATE TABLE [edfi].[StudentEducationOrganizationAssociationCohortYear] (
    [StudentEducationOrganizationAssociation_DocumentId] bigint NOT NULL,
    [Ordinal]                                            int NOT NULL,
    [CohortYearTypeDescriptor_DescriptorId]              bigint NOT NULL,
    [SchoolYearType_DocumentId]                          bigint NOT NULL,
    [TermDescriptor_DescriptorId]                        bigint NULL,
    CONSTRAINT [PK_StudentEducationOrganizationAssociationCohortYear] PRIMARY KEY CLUSTERED ([StudentEducationOrganizationAssociation_DocumentId], [Ordinal]),
    CONSTRAINT [FK_StudentEducationOrganizationAssociationCohortYear_StudentEducationOrganizationAssociation] FOREIGN KEY ([StudentEducationOrganizationAssociation_DocumentId]) REFERENCES [edfi].[StudentEducationOrganizationAssociation] ([DocumentId]) ON DELETE CASCADE
);

CREATE TABLE [edfi].[StudentEducationOrganizationAssociationDisability] (
    [StudentEducationOrganizationAssociation_DocumentId]       bigint NOT NULL,
    [Ordinal]                                                  int NOT NULL,
    [DisabilityDescriptor_DescriptorId]                        bigint NOT NULL,
    [DisabilityDeterminationSourceTypeDescriptor_DescriptorId] bigint NULL,
    [DisabilityDiagnosis]                                      nvarchar(80) NULL,
    [OrderOfDisability]                                        int NULL,
    CONSTRAINT [PK_StudentEducationOrganizationAssociationDisability] PRIMARY KEY CLUSTERED ([StudentEducationOrganizationAssociation_DocumentId], [Ordinal]),
    CONSTRAINT [FK_StudentEducationOrganizationAssociationDisability_StudentEducationOrganizationAssociation] FOREIGN KEY ([StudentEducationOrganizationAssociation_DocumentId]) REFERENCES [edfi].[StudentEducationOrganizationAssociation] ([DocumentId]) ON DELETE CASCADE
);

CREATE TABLE [edfi].[StudentEducationOrganizationAssociationDisabilityDesignation] (
    [StudentEducationOrganizationAssociation_DocumentId] bigint NOT NULL,
    [DisabilityOrdinal]                                  int NOT NULL,
    [Ordinal]                                            int NOT NULL,
    [DisabilityDesignationDescriptor_DescriptorId]       bigint NOT NULL,
    CONSTRAINT [PK_StudentEducationOrganizationAssociationDisabilityDesignation] PRIMARY KEY CLUSTERED ([StudentEducationOrganizationAssociation_DocumentId], [DisabilityOrdinal], [Ordinal]),
    CONSTRAINT [FK_StudentEducationOrganizationAssociationDisabilityDesignation_StudentEducationOrganizationAssociationDisability] FOREIGN KEY ([StudentEducationOrganizationAssociation_DocumentId], [DisabilityOrdinal]) REFERENCES [edfi].[StudentEducationOrganizationAssociationDisability] ([StudentEducationOrganizationAssociation_DocumentId], [Ordinal]) ON DELETE CASCADE
);

CREATE TABLE [edfi].[StudentEducationOrganizationAssociationDisplacedStudent] (
    [StudentEducationOrganizationAssociation_DocumentId] bigint NOT NULL,
    [Ordinal]                                            int NOT NULL,
    [CrisisEvent_DocumentId]                             bigint NOT NULL,
    [CrisisHomelessnessIndicator]                        bit NULL,
    [DisplacedStudentEndDate]                            date NULL,
    [DisplacedStudentStartDate]                          date NULL,
    [DisplacedStudentStatusDescriptor_DescriptorId]      bigint NOT NULL,
    CONSTRAINT [PK_StudentEducationOrganizationAssociationDisplacedStudent] PRIMARY KEY CLUSTERED ([StudentEducationOrganizationAssociation_DocumentId], [Ordinal]),
    CONSTRAINT [FK_StudentEducationOrganizationAssociationDisplacedStudent_StudentEducationOrganizationAssociation] FOREIGN KEY ([StudentEducationOrganizationAssociation_DocumentId]) REFERENCES [edfi].[StudentEducationOrganizationAssociation] ([DocumentId]) ON DELETE CASCADE
);

CREATE TABLE [edfi].[StudentEducationOrganizationAssociationElectronicMail] (
    [StudentEducationOrganizationAssociation_DocumentId] bigint NOT NULL,
    [Ordinal]                                            int NOT NULL,
    [DoNotPublishIndicator]                              bit NULL,
    [ElectronicMailAddress]                              nvarchar(128) NOT NULL,
    [ElectronicMailTypeDescriptor_DescriptorId]          bigint NOT NULL,
    [PrimaryEmailAddressIndicator]                       bit NULL,
    CONSTRAINT [PK_StudentEducationOrganizationAssociationElectronicMail] PRIMARY KEY CLUSTERED ([StudentEducationOrganizationAssociation_DocumentId], [Ordinal]),
    CONSTRAINT [FK_StudentEducationOrganizationAssociationElectronicMail_StudentEducationOrganizationAssociation] FOREIGN KEY ([StudentEducationOrganizationAssociation_DocumentId]) REFERENCES [edfi].[StudentEducationOrganizationAssociation] ([DocumentId]) ON DELETE CASCADE
);

CREATE TABLE [edfi].[StudentEducationOrganizationAssociationInternationalAddress] (
    [StudentEducationOrganizationAssociation_DocumentId] bigint NOT NULL,
    [Ordinal]                                            int NOT NULL,
    [AddressLine1]                                       nvarchar(150) NOT NULL,
    [AddressLine2]                                       nvarchar(150) NULL,
    [AddressLine3]                                       nvarchar(150) NULL,
    [AddressLine4]                                       nvarchar(150) NULL,
    [AddressTypeDescriptor_DescriptorId]                 bigint NOT NULL,
    [BeginDate]                                          date NULL,
    [CountryDescriptor_DescriptorId]                     bigint NOT NULL,
    [EndDate]                                            date NULL,
    [Latitude]                                           nvarchar(20) NULL,
    [Longitude]                                          nvarchar(20) NULL,
    CONSTRAINT [PK_StudentEducationOrganizationAssociationInternationalAddress] PRIMARY KEY CLUSTERED ([StudentEducationOrganizationAssociation_DocumentId], [Ordinal]),
    CONSTRAINT [FK_StudentEducationOrganizationAssociationInternationalAddress_StudentEducationOrganizationAssociation] FOREIGN KEY ([StudentEducationOrganizationAssociation_DocumentId]) REFERENCES [edfi].[StudentEducationOrganizationAssociation] ([DocumentId]) ON DELETE CASCADE
);

CREATE TABLE [edfi].[StudentEducationOrganizationAssociationLanguage] (
    [StudentEducationOrganizationAssociation_DocumentId] bigint NOT NULL,
    [Ordinal]                                            int NOT NULL,
    [LanguageDescriptor_DescriptorId]                    bigint NOT NULL,
    CONSTRAINT [PK_StudentEducationOrganizationAssociationLanguage] PRIMARY KEY CLUSTERED ([StudentEducationOrganizationAssociation_DocumentId], [Ordinal]),
    CONSTRAINT [FK_StudentEducationOrganizationAssociationLanguage_StudentEducationOrganizationAssociation] FOREIGN KEY ([StudentEducationOrganizationAssociation_DocumentId]) REFERENCES [edfi].[StudentEducationOrganizationAssociation] ([DocumentId]) ON DELETE CASCADE
);

CREATE TABLE [edfi].[StudentEducationOrganizationAssociationLanguageUse] (
    [StudentEducationOrganizationAssociation_DocumentId] bigint NOT NULL,
    [LanguageOrdinal]                                    int NOT NULL,
    [Ordinal]                                            int NOT NULL,
    [LanguageUseDescriptor_DescriptorId]                 bigint NOT NULL,
    CONSTRAINT [PK_StudentEducationOrganizationAssociationLanguageUse] PRIMARY KEY CLUSTERED ([StudentEducationOrganizationAssociation_DocumentId], [LanguageOrdinal], [Ordinal]),
    CONSTRAINT [FK_StudentEducationOrganizationAssociationLanguageUse_StudentEducationOrganizationAssociationLanguage] FOREIGN KEY ([StudentEducationOrganizationAssociation_DocumentId], [LanguageOrdinal]) REFERENCES [edfi].[StudentEducationOrganizationAssociationLanguage] ([StudentEducationOrganizationAssociation_DocumentId], [Ordinal]) ON DELETE CASCADE
);

CREATE TABLE [edfi].[StudentEducationOrganizationAssociationRace] (
    [StudentEducationOrganizationAssociation_DocumentId] bigint NOT NULL,
    [Ordinal]                                            int NOT NULL,
    [RaceDescriptor_DescriptorId]                        bigint NOT NULL,
    CONSTRAINT [PK_StudentEducationOrganizationAssociationRace] PRIMARY KEY CLUSTERED ([StudentEducationOrganizationAssociation_DocumentId], [Ordinal]),
    CONSTRAINT [FK_StudentEducationOrganizationAssociationRace_StudentEducationOrganizationAssociation] FOREIGN KEY ([StudentEducationOrganizationAssociation_DocumentId]) REFERENCES [edfi].[StudentEducationOrganizationAssociation] ([DocumentId]) ON DELETE CASCADE
);

CREATE TABLE [edfi].[StudentEducationOrganizationAssociationStudentCharacteristic] (
    [StudentEducationOrganizationAssociation_DocumentId] bigint NOT NULL,
    [Ordinal]                                            int NOT NULL,
    [DesignatedBy]                                       nvarchar(60) NULL,
    [StudentCharacteristicDescriptor_DescriptorId]       bigint NOT NULL,
    CONSTRAINT [PK_StudentEducationOrganizationAssociationStudentCharacteristic] PRIMARY KEY CLUSTERED ([StudentEducationOrganizationAssociation_DocumentId], [Ordinal]),
    CONSTRAINT [FK_StudentEducationOrganizationAssociationStudentCharacteristic_StudentEducationOrganizationAssociation] FOREIGN KEY ([StudentEducationOrganizationAssociation_DocumentId]) REFERENCES [edfi].[StudentEducationOrganizationAssociation] ([DocumentId]) ON DELETE CASCADE,
    CONSTRAINT [UX_StudentEducationOrganizationAssociationStudentCharacteristic_StudentCharacteristicDescriptor_DescriptorId] UNIQUE NONCLUSTERED ([StudentEducationOrganizationAssociation_DocumentId], [StudentCharacteristicDescriptor_DescriptorId])
);

CREATE TABLE [edfi].[StudentEducationOrganizationAssociationStudentCharacteristicPeriod] (
    [StudentEducationOrganizationAssociation_DocumentId] bigint NOT NULL,
    [StudentCharacteristicOrdinal]                       int NOT NULL,
    [Ordinal]                                            int NOT NULL,
    [BeginDate]                                          date NOT NULL,
    [EndDate]                                            date NULL,
    CONSTRAINT [PK_StudentEducationOrganizationAssociationStudentCharacteristicPeriod] PRIMARY KEY CLUSTERED ([StudentEducationOrganizationAssociation_DocumentId], [StudentCharacteristicOrdinal], [Ordinal]),
    CONSTRAINT [FK_StudentEducationOrganizationAssociationStudentCharacteristicPeriod_StudentEducationOrganizationAssociationStudentCha_7e4d027b] FOREIGN KEY ([StudentEducationOrganizationAssociation_DocumentId], [StudentCharacteristicOrdinal]) REFERENCES [edfi].[StudentEducationOrganizationAssociationStudentCharacteristic] ([StudentEducationOrganizationAssociation_DocumentId], [Ordinal]) ON DELETE CASCADE,
    CONSTRAINT [UX_StudentEducationOrganizationAssociationStudentCharacteristicPeriod_BeginDate] UNIQUE NONCLUSTERED ([StudentEducationOrganizationAssociation_DocumentId], [StudentCharacteristicOrdinal], [BeginDate])
);

CREATE TABLE [sample].[StudentEducationOrganizationAssociationExtensionStudentCharacteristic] (
    [StudentEducationOrganizationAssociation_DocumentId] bigint NOT NULL,
    [Ordinal]                                            int NOT NULL,
    CONSTRAINT [PK_StudentEducationOrganizationAssociationExtensionStudentCharacteristic] PRIMARY KEY CLUSTERED ([StudentEducationOrganizationAssociation_DocumentId], [Ordinal]),
    CONSTRAINT [FK_StudentEducationOrganizationAssociationExtensionStudentCharacteristic_StudentEducationOrganizationAssociationStudent_f9afb6b4] FOREIGN KEY ([StudentEducationOrganizationAssociation_DocumentId], [Ordinal]) REFERENCES [edfi].[StudentEducationOrganizationAssociationStudentCharacteristic] ([StudentEducationOrganizationAssociation_DocumentId], [Ordinal]) ON DELETE CASCADE
);

CREATE TABLE [sample].[StudentEducationOrganizationAssociationExtensionStudentCharacteristicStudentNeed] (
    [StudentEducationOrganizationAssociation_DocumentId] bigint NOT NULL,
    [StudentCharacteristicOrdinal]                       int NOT NULL,
    [Ordinal]                                            int NOT NULL,
    [BeginDate]                                          date NOT NULL,
    [EndDate]                                            date NULL,
    [PrimaryStudentNeedIndicator]                        bit NULL,
    CONSTRAINT [PK_StudentEducationOrganizationAssociationExtensionStudentCharacteristicStudentNeed] PRIMARY KEY CLUSTERED ([StudentEducationOrganizationAssociation_DocumentId], [StudentCharacteristicOrdinal], [Ordinal]),
    CONSTRAINT [FK_StudentEducationOrganizationAssociationExtensionStudentCharacteristicStudentNeed_StudentEducationOrganizationAssocia_a20bbdb6] FOREIGN KEY ([StudentEducationOrganizationAssociation_DocumentId], [StudentCharacteristicOrdinal]) REFERENCES [sample].[StudentEducationOrganizationAssociationExtensionStudentCharacteristic] ([StudentEducationOrganizationAssociation_DocumentId], [Ordinal]) ON DELETE CASCADE,
    CONSTRAINT [UX_StudentEducationOrganizationAssociationExtensionStudentCharacteristicStudentNeed_BeginDate] UNIQUE NONCLUSTERED ([StudentEducationOrganizationAssociation_DocumentId], [StudentCharacteristicOrdinal], [BeginDate])
);

CREATE TABLE [edfi].[StudentEducationOrganizationAssociationStudentIdentificationCode] (
    [StudentEducationOrganizationAssociation_DocumentId] bigint NOT NULL,
    [Ordinal]                                            int NOT NULL,
    [AssigningOrganizationIdentificationCode]            nvarchar(60) NOT NULL,
    [IdentificationCode]                                 nvarchar(60) NOT NULL,
    [StudentIdentificationSystemDescriptor_DescriptorId] bigint NOT NULL,
    CONSTRAINT [PK_StudentEducationOrganizationAssociationStudentIdentificationCode] PRIMARY KEY CLUSTERED ([StudentEducationOrganizationAssociation_DocumentId], [Ordinal]),
    CONSTRAINT [FK_StudentEducationOrganizationAssociationStudentIdentificationCode_StudentEducationOrganizationAssociation] FOREIGN KEY ([StudentEducationOrganizationAssociation_DocumentId]) REFERENCES [edfi].[StudentEducationOrganizationAssociation] ([DocumentId]) ON DELETE CASCADE
);

CREATE TABLE [edfi].[StudentEducationOrganizationAssociationStudentIndicator] (
    [StudentEducationOrganizationAssociation_DocumentId] bigint NOT NULL,
    [Ordinal]                                            int NOT NULL,
    [DesignatedBy]                                       nvarchar(60) NULL,
    [Indicator]                                          nvarchar(60) NOT NULL,
    [IndicatorGroup]                                     nvarchar(200) NULL,
    [IndicatorName]                                      nvarchar(200) NOT NULL,
    CONSTRAINT [PK_StudentEducationOrganizationAssociationStudentIndicator] PRIMARY KEY CLUSTERED ([StudentEducationOrganizationAssociation_DocumentId], [Ordinal]),
    CONSTRAINT [FK_StudentEducationOrganizationAssociationStudentIndicator_StudentEducationOrganizationAssociation] FOREIGN KEY ([StudentEducationOrganizationAssociation_DocumentId]) REFERENCES [edfi].[StudentEducationOrganizationAssociation] ([DocumentId]) ON DELETE CASCADE
);

CREATE TABLE [edfi].[StudentEducationOrganizationAssociationStudentIndicatorPeriod] (
    [StudentEducationOrganizationAssociation_DocumentId] bigint NOT NULL,
    [StudentIndicatorOrdinal]                            int NOT NULL,
    [Ordinal]                                            int NOT NULL,
    [BeginDate]                                          date NOT NULL,
    [EndDate]                                            date NULL,
    CONSTRAINT [PK_StudentEducationOrganizationAssociationStudentIndicatorPeriod] PRIMARY KEY CLUSTERED ([StudentEducationOrganizationAssociation_DocumentId], [StudentIndicatorOrdinal], [Ordinal]),
    CONSTRAINT [FK_StudentEducationOrganizationAssociationStudentIndicatorPeriod_StudentEducationOrganizationAssociationStudentIndicator] FOREIGN KEY ([StudentEducationOrganizationAssociation_DocumentId], [StudentIndicatorOrdinal]) REFERENCES [edfi].[StudentEducationOrganizationAssociationStudentIndicator] ([StudentEducationOrganizationAssociation_DocumentId], [Ordinal]) ON DELETE CASCADE
);

CREATE TABLE [edfi].[StudentEducationOrganizationAssociationTelephone] (
    [StudentEducationOrganizationAssociation_DocumentId] bigint NOT NULL,
    [Ordinal]                                            int NOT NULL,
    [DoNotPublishIndicator]                              bit NULL,
    [OrderOfPriority]                                    int NULL,
    [TelephoneNumber]                                    nvarchar(24) NOT NULL,
    [TelephoneNumberTypeDescriptor_DescriptorId]         bigint NOT NULL,
    [TextMessageCapabilityIndicator]                     bit NULL,
    CONSTRAINT [PK_StudentEducationOrganizationAssociationTelephone] PRIMARY KEY CLUSTERED ([StudentEducationOrganizationAssociation_DocumentId], [Ordinal]),
    CONSTRAINT [FK_StudentEducationOrganizationAssociationTelephone_StudentEducationOrganizationAssociation] FOREIGN KEY ([StudentEducationOrganizationAssociation_DocumentId]) REFERENCES [edfi].[StudentEducationOrganizationAssociation] ([DocumentId]) ON DELETE CASCADE
);

CREATE TABLE [edfi].[StudentEducationOrganizationAssociationTribalAffiliation] (
    [StudentEducationOrganizationAssociation_DocumentId] bigint NOT NULL,
    [Ordinal]                                            int NOT NULL,
    [TribalAffiliationDescriptor_DescriptorId]           bigint NOT NULL,
    CONSTRAINT [PK_StudentEducationOrganizationAssociationTribalAffiliation] PRIMARY KEY CLUSTERED ([StudentEducationOrganizationAssociation_DocumentId], [Ordinal]),
    CONSTRAINT [FK_StudentEducationOrganizationAssociationTribalAffiliation_StudentEducationOrganizationAssociation] FOREIGN KEY ([StudentEducationOrganizationAssociation_DocumentId]) REFERENCES [edfi].[StudentEducationOrganizationAssociation] ([DocumentId]) ON DELETE CASCADE
);

CREATE TABLE [sample].[StudentEducationOrganizationAssociationExtension] (
    [DocumentId]                  bigint NOT NULL,
    [Favorite_Program_DocumentId] bigint NULL,
    CONSTRAINT [PK_StudentEducationOrganizationAssociationExtension] PRIMARY KEY CLUSTERED ([DocumentId]),
    CONSTRAINT [FK_StudentEducationOrganizationAssociationExtension_StudentEducationOrganizationAssociation] FOREIGN KEY ([DocumentId]) REFERENCES [edfi].[StudentEducationOrganizationAssociation] ([DocumentId]) ON DELETE CASCADE
);

ALTER TABLE [edfi].[StudentEducationOrganizationAssociation] ADD CONSTRAINT [FK_StudentEducationOrganizationAssociation_EducationOrganization] FOREIGN KEY ([EducationOrganization_DocumentId]) REFERENCES [dms].[Document] ([DocumentId]);
ALTER TABLE [edfi].[StudentEducationOrganizationAssociation] ADD CONSTRAINT [FK_StudentEducationOrganizationAssociation_Student] FOREIGN KEY ([Student_DocumentId]) REFERENCES [edfi].[Student] ([DocumentId]);
ALTER TABLE [edfi].[StudentEducationOrganizationAssociation] ADD CONSTRAINT [FK_StudentEducationOrganizationAssociation_BarrierToInternetAccessInResidenceDescriptor] FOREIGN KEY ([BarrierToInternetAccessInResidenceDescriptor_DescriptorId]) REFERENCES [dms].[Descriptor] ([DocumentId]);
ALTER TABLE [edfi].[StudentEducationOrganizationAssociation] ADD CONSTRAINT [FK_StudentEducationOrganizationAssociation_InternetAccessTypeInResidenceDescriptor] FOREIGN KEY ([InternetAccessTypeInResidenceDescriptor_DescriptorId]) REFERENCES [dms].[Descriptor] ([DocumentId]);
ALTER TABLE [edfi].[StudentEducationOrganizationAssociation] ADD CONSTRAINT [FK_StudentEducationOrganizationAssociation_InternetPerformanceInResidenceDescriptor] FOREIGN KEY ([InternetPerformanceInResidenceDescriptor_DescriptorId]) REFERENCES [dms].[Descriptor] ([DocumentId]);
ALTER TABLE [edfi].[StudentEducationOrganizationAssociation] ADD CONSTRAINT [FK_StudentEducationOrganizationAssociation_LimitedEnglishProficiencyDescriptor] FOREIGN KEY ([LimitedEnglishProficiencyDescriptor_DescriptorId]) REFERENCES [dms].[Descriptor] ([DocumentId]);
ALTER TABLE [edfi].[StudentEducationOrganizationAssociation] ADD CONSTRAINT [FK_StudentEducationOrganizationAssociation_PrimaryLearningDeviceAccessDescriptor] FOREIGN KEY ([PrimaryLearningDeviceAccessDescriptor_DescriptorId]) REFERENCES [dms].[Descriptor] ([DocumentId]);
ALTER TABLE [edfi].[StudentEducationOrganizationAssociation] ADD CONSTRAINT [FK_StudentEducationOrganizationAssociation_PrimaryLearningDeviceAwayFromSchoolDescriptor] FOREIGN KEY ([PrimaryLearningDeviceAwayFromSchoolDescriptor_DescriptorId]) REFERENCES [dms].[Descriptor] ([DocumentId]);
ALTER TABLE [edfi].[StudentEducationOrganizationAssociation] ADD CONSTRAINT [FK_StudentEducationOrganizationAssociation_PrimaryLearningDeviceProviderDescriptor] FOREIGN KEY ([PrimaryLearningDeviceProviderDescriptor_DescriptorId]) REFERENCES [dms].[Descriptor] ([DocumentId]);
ALTER TABLE [edfi].[StudentEducationOrganizationAssociation] ADD CONSTRAINT [FK_StudentEducationOrganizationAssociation_SexDescriptor] FOREIGN KEY ([SexDescriptor_DescriptorId]) REFERENCES [dms].[Descriptor] ([DocumentId]);
ALTER TABLE [edfi].[StudentEducationOrganizationAssociation] ADD CONSTRAINT [FK_StudentEducationOrganizationAssociation_SupporterMilitaryConnectionDescriptor] FOREIGN KEY ([SupporterMilitaryConnectionDescriptor_DescriptorId]) REFERENCES [dms].[Descriptor] ([DocumentId]);
ALTER TABLE [edfi].[StudentEducationOrganizationAssociationAddress] ADD CONSTRAINT [FK_StudentEducationOrganizationAssociationAddress_AddressTypeDescriptor] FOREIGN KEY ([AddressTypeDescriptor_DescriptorId]) REFERENCES [dms].[Descriptor] ([DocumentId]);
ALTER TABLE [edfi].[StudentEducationOrganizationAssociationAddress] ADD CONSTRAINT [FK_StudentEducationOrganizationAssociationAddress_LocaleDescriptor] FOREIGN KEY ([LocaleDescriptor_DescriptorId]) REFERENCES [dms].[Descriptor] ([DocumentId]);
ALTER TABLE [edfi].[StudentEducationOrganizationAssociationAddress] ADD CONSTRAINT [FK_StudentEducationOrganizationAssociationAddress_StateAbbreviationDescriptor] FOREIGN KEY ([StateAbbreviationDescriptor_DescriptorId]) REFERENCES [dms].[Descriptor] ([DocumentId]);
ALTER TABLE [sample].[StudentEducationOrganizationAssociationExtensionAddressTerm] ADD CONSTRAINT [FK_StudentEducationOrganizationAssociationExtensionAddressTerm_TermDescriptor] FOREIGN KEY ([TermDescriptor_DescriptorId]) REFERENCES [dms].[Descriptor] ([DocumentId]);
ALTER TABLE [edfi].[StudentEducationOrganizationAssociationAncestryEthnicOrigin] ADD CONSTRAINT [FK_StudentEducationOrganizationAssociationAncestryEthnicOrigin_AncestryEthnicOriginDescriptor] FOREIGN KEY ([AncestryEthnicOriginDescriptor_DescriptorId]) REFERENCES [dms].[Descriptor] ([DocumentId]);
ALTER TABLE [edfi].[StudentEducationOrganizationAssociationCohortYear] ADD CONSTRAINT [FK_StudentEducationOrganizationAssociationCohortYear_SchoolYearType] FOREIGN KEY ([SchoolYearType_DocumentId]) REFERENCES [edfi].[SchoolYearType] ([DocumentId]);
ALTER TABLE [edfi].[StudentEducationOrganizationAssociationCohortYear] ADD CONSTRAINT [FK_StudentEducationOrganizationAssociationCohortYear_CohortYearTypeDescriptor] FOREIGN KEY ([CohortYearTypeDescriptor_DescriptorId]) REFERENCES [dms].[Descriptor] ([DocumentId]);
ALTER TABLE [edfi].[StudentEducationOrganizationAssociationCohortYear] ADD CONSTRAINT [FK_StudentEducationOrganizationAssociationCohortYear_TermDescriptor] FOREIGN KEY ([TermDescriptor_DescriptorId]) REFERENCES [dms].[Descriptor] ([DocumentId]);
ALTER TABLE [edfi].[StudentEducationOrganizationAssociationDisability] ADD CONSTRAINT [FK_StudentEducationOrganizationAssociationDisability_DisabilityDescriptor] FOREIGN KEY ([DisabilityDescriptor_DescriptorId]) REFERENCES [dms].[Descriptor] ([DocumentId]);
ALTER TABLE [edfi].[StudentEducationOrganizationAssociationDisability] ADD CONSTRAINT [FK_StudentEducationOrganizationAssociationDisability_DisabilityDeterminationSourceTypeDescriptor] FOREIGN KEY ([DisabilityDeterminationSourceTypeDescriptor_DescriptorId]) REFERENCES [dms].[Descriptor] ([DocumentId]);
ALTER TABLE [edfi].[StudentEducationOrganizationAssociationDisabilityDesignation] ADD CONSTRAINT [FK_StudentEducationOrganizationAssociationDisabilityDesignation_DisabilityDesignationDescriptor] FOREIGN KEY ([DisabilityDesignationDescriptor_DescriptorId]) REFERENCES [dms].[Descriptor] ([DocumentId]);
ALTER TABLE [edfi].[StudentEducationOrganizationAssociationDisplacedStudent] ADD CONSTRAINT [FK_StudentEducationOrganizationAssociationDisplacedStudent_CrisisEvent] FOREIGN KEY ([CrisisEvent_DocumentId]) REFERENCES [edfi].[CrisisEvent] ([DocumentId]);
ALTER TABLE [edfi].[StudentEducationOrganizationAssociationDisplacedStudent] ADD CONSTRAINT [FK_StudentEducationOrganizationAssociationDisplacedStudent_DisplacedStudentStatusDescriptor] FOREIGN KEY ([DisplacedStudentStatusDescriptor_DescriptorId]) REFERENCES [dms].[Descriptor] ([DocumentId]);
ALTER TABLE [edfi].[StudentEducationOrganizationAssociationElectronicMail] ADD CONSTRAINT [FK_StudentEducationOrganizationAssociationElectronicMail_ElectronicMailTypeDescriptor] FOREIGN KEY ([ElectronicMailTypeDescriptor_DescriptorId]) REFERENCES [dms].[Descriptor] ([DocumentId]);
ALTER TABLE [edfi].[StudentEducationOrganizationAssociationInternationalAddress] ADD CONSTRAINT [FK_StudentEducationOrganizationAssociationInternationalAddress_AddressTypeDescriptor] FOREIGN KEY ([AddressTypeDescriptor_DescriptorId]) REFERENCES [dms].[Descriptor] ([DocumentId]);
ALTER TABLE [edfi].[StudentEducationOrganizationAssociationInternationalAddress] ADD CONSTRAINT [FK_StudentEducationOrganizationAssociationInternationalAddress_CountryDescriptor] FOREIGN KEY ([CountryDescriptor_DescriptorId]) REFERENCES [dms].[Descriptor] ([DocumentId]);
ALTER TABLE [edfi].[StudentEducationOrganizationAssociationLanguage] ADD CONSTRAINT [FK_StudentEducationOrganizationAssociationLanguage_LanguageDescriptor] FOREIGN KEY ([LanguageDescriptor_DescriptorId]) REFERENCES [dms].[Descriptor] ([DocumentId]);
ALTER TABLE [edfi].[StudentEducationOrganizationAssociationLanguageUse] ADD CONSTRAINT [FK_StudentEducationOrganizationAssociationLanguageUse_LanguageUseDescriptor] FOREIGN KEY ([LanguageUseDescriptor_DescriptorId]) REFERENCES [dms].[Descriptor] ([DocumentId]);
ALTER TABLE [edfi].[StudentEducationOrganizationAssociationRace] ADD CONSTRAINT [FK_StudentEducationOrganizationAssociationRace_RaceDescriptor] FOREIGN KEY ([RaceDescriptor_DescriptorId]) REFERENCES [dms].[Descriptor] ([DocumentId]);
ALTER TABLE [edfi].[StudentEducationOrganizationAssociationStudentCharacteristic] ADD CONSTRAINT [FK_StudentEducationOrganizationAssociationStudentCharacteristic_StudentCharacteristicDescriptor] FOREIGN KEY ([StudentCharacteristicDescriptor_DescriptorId]) REFERENCES [dms].[Descriptor] ([DocumentId]);
ALTER TABLE [edfi].[StudentEducationOrganizationAssociationStudentIdentificationCode] ADD CONSTRAINT [FK_StudentEducationOrganizationAssociationStudentIdentificationCode_StudentIdentificationSystemDescriptor] FOREIGN KEY ([StudentIdentificationSystemDescriptor_DescriptorId]) REFERENCES [dms].[Descriptor] ([DocumentId]);
ALTER TABLE [edfi].[StudentEducationOrganizationAssociationTelephone] ADD CONSTRAINT [FK_StudentEducationOrganizationAssociationTelephone_TelephoneNumberTypeDescriptor] FOREIGN KEY ([TelephoneNumberTypeDescriptor_DescriptorId]) REFERENCES [dms].[Descriptor] ([DocumentId]);
ALTER TABLE [edfi].[StudentEducationOrganizationAssociationTribalAffiliation] ADD CONSTRAINT [FK_StudentEducationOrganizationAssociationTribalAffiliation_TribalAffiliationDescriptor] FOREIGN KEY ([TribalAffiliationDescriptor_DescriptorId]) REFERENCES [dms].[Descriptor] ([DocumentId]);
ALTER TABLE [sample].[StudentEducationOrganizationAssociationExtension] ADD CONSTRAINT [FK_StudentEducationOrganizationAssociationExtension_Favorite_Program] FOREIGN KEY ([Favorite_Program_DocumentId]) REFERENCES [edfi].[Program] ([DocumentId]);
CREATE INDEX [IX_StudentEducationOrganizationAssociation_BarrierToInternetAccessInResidenceDescriptor_DescriptorId] ON [edfi].[StudentEducationOrganizationAssociation] ([BarrierToInternetAccessInResidenceDescriptor_DescriptorId]);
CREATE INDEX [IX_StudentEducationOrganizationAssociation_InternetAccessTypeInResidenceDescriptor_DescriptorId] ON [edfi].[StudentEducationOrganizationAssociation] ([InternetAccessTypeInResidenceDescriptor_DescriptorId]);
CREATE INDEX [IX_StudentEducationOrganizationAssociation_InternetPerformanceInResidenceDescriptor_DescriptorId] ON [edfi].[StudentEducationOrganizationAssociation] ([InternetPerformanceInResidenceDescriptor_DescriptorId]);
CREATE INDEX [IX_StudentEducationOrganizationAssociation_LimitedEnglishProficiencyDescriptor_DescriptorId] ON [edfi].[StudentEducationOrganizationAssociation] ([LimitedEnglishProficiencyDescriptor_DescriptorId]);
CREATE INDEX [IX_StudentEducationOrganizationAssociation_PrimaryLearningDeviceAccessDescriptor_DescriptorId] ON [edfi].[StudentEducationOrganizationAssociation] ([PrimaryLearningDeviceAccessDescriptor_DescriptorId]);
CREATE INDEX [IX_StudentEducationOrganizationAssociation_PrimaryLearningDeviceAwayFromSchoolDescriptor_DescriptorId] ON [edfi].[StudentEducationOrganizationAssociation] ([PrimaryLearningDeviceAwayFromSchoolDescriptor_DescriptorId]);
CREATE INDEX [IX_StudentEducationOrganizationAssociation_PrimaryLearningDeviceProviderDescriptor_DescriptorId] ON [edfi].[StudentEducationOrganizationAssociation] ([PrimaryLearningDeviceProviderDescriptor_DescriptorId]);
CREATE INDEX [IX_StudentEducationOrganizationAssociation_SexDescriptor_DescriptorId] ON [edfi].[StudentEducationOrganizationAssociation] ([SexDescriptor_DescriptorId]);
CREATE INDEX [IX_StudentEducationOrganizationAssociation_Student_DocumentId] ON [edfi].[StudentEducationOrganizationAssociation] ([Student_DocumentId]);
CREATE INDEX [IX_StudentEducationOrganizationAssociation_SupporterMilitaryConnectionDescriptor_DescriptorId] ON [edfi].[StudentEducationOrganizationAssociation] ([SupporterMilitaryConnectionDescriptor_DescriptorId]);
CREATE INDEX [IX_StudentEducationOrganizationAssociation_GenderIdentity] ON [edfi].[StudentEducationOrganizationAssociation] ([GenderIdentity]);
CREATE INDEX [IX_StudentEducationOrganizationAssociation_HispanicLatinoEthnicity] ON [edfi].[StudentEducationOrganizationAssociation] ([HispanicLatinoEthnicity]);
CREATE INDEX [IX_StudentEducationOrganizationAssociation_InternetAccessInResidence] ON [edfi].[StudentEducationOrganizationAssociation] ([InternetAccessInResidence]);
CREATE INDEX [IX_StudentEducationOrganizationAssociation_LoginId] ON [edfi].[StudentEducationOrganizationAssociation] ([LoginId]);
CREATE INDEX [IX_StudentEducationOrganizationAssociation_ProfileThumbnail] ON [edfi].[StudentEducationOrganizationAssociation] ([ProfileThumbnail]);
CREATE INDEX [IX_StudentEducationOrganizationAssociationAddress_AddressTypeDescriptor_DescriptorId] ON [edfi].[StudentEducationOrganizationAssociationAddress] ([AddressTypeDescriptor_DescriptorId]);
CREATE INDEX [IX_StudentEducationOrganizationAssociationAddress_LocaleDescriptor_DescriptorId] ON [edfi].[StudentEducationOrganizationAssociationAddress] ([LocaleDescriptor_DescriptorId]);
CREATE INDEX [IX_StudentEducationOrganizationAssociationAddress_StateAbbreviationDescriptor_DescriptorId] ON [edfi].[StudentEducationOrganizationAssociationAddress] ([StateAbbreviationDescriptor_DescriptorId]);
CREATE INDEX [IX_StudentEducationOrganizationAssociationExtensionAddressTerm_TermDescriptor_DescriptorId] ON [sample].[StudentEducationOrganizationAssociationExtensionAddressTerm] ([TermDescriptor_DescriptorId]);
CREATE INDEX [IX_StudentEducationOrganizationAssociationAncestryEthnicOrigin_AncestryEthnicOriginDescriptor_DescriptorId] ON [edfi].[StudentEducationOrganizationAssociationAncestryEthnicOrigin] ([AncestryEthnicOriginDescriptor_DescriptorId]);
CREATE INDEX [IX_StudentEducationOrganizationAssociationCohortYear_CohortYearTypeDescriptor_DescriptorId] ON [edfi].[StudentEducationOrganizationAssociationCohortYear] ([CohortYearTypeDescriptor_DescriptorId]);
CREATE INDEX [IX_StudentEducationOrganizationAssociationCohortYear_SchoolYearType_DocumentId] ON [edfi].[StudentEducationOrganizationAssociationCohortYear] ([SchoolYearType_DocumentId]);
CREATE INDEX [IX_StudentEducationOrganizationAssociationCohortYear_TermDescriptor_DescriptorId] ON [edfi].[StudentEducationOrganizationAssociationCohortYear] ([TermDescriptor_DescriptorId]);
CREATE INDEX [IX_StudentEducationOrganizationAssociationDisability_DisabilityDescriptor_DescriptorId] ON [edfi].[StudentEducationOrganizationAssociationDisability] ([DisabilityDescriptor_DescriptorId]);
CREATE INDEX [IX_StudentEducationOrganizationAssociationDisability_DisabilityDeterminationSourceTypeDescriptor_DescriptorId] ON [edfi].[StudentEducationOrganizationAssociationDisability] ([DisabilityDeterminationSourceTypeDescriptor_DescriptorId]);
CREATE INDEX [IX_StudentEducationOrganizationAssociationDisabilityDesignation_DisabilityDesignationDescriptor_DescriptorId] ON [edfi].[StudentEducationOrganizationAssociationDisabilityDesignation] ([DisabilityDesignationDescriptor_DescriptorId]);
CREATE INDEX [IX_StudentEducationOrganizationAssociationDisplacedStudent_CrisisEvent_DocumentId] ON [edfi].[StudentEducationOrganizationAssociationDisplacedStudent] ([CrisisEvent_DocumentId]);
CREATE INDEX [IX_StudentEducationOrganizationAssociationDisplacedStudent_DisplacedStudentStatusDescriptor_DescriptorId] ON [edfi].[StudentEducationOrganizationAssociationDisplacedStudent] ([DisplacedStudentStatusDescriptor_DescriptorId]);
CREATE INDEX [IX_StudentEducationOrganizationAssociationElectronicMail_ElectronicMailTypeDescriptor_DescriptorId] ON [edfi].[StudentEducationOrganizationAssociationElectronicMail] ([ElectronicMailTypeDescriptor_DescriptorId]);
CREATE INDEX [IX_StudentEducationOrganizationAssociationInternationalAddress_AddressTypeDescriptor_DescriptorId] ON [edfi].[StudentEducationOrganizationAssociationInternationalAddress] ([AddressTypeDescriptor_DescriptorId]);
CREATE INDEX [IX_StudentEducationOrganizationAssociationInternationalAddress_CountryDescriptor_DescriptorId] ON [edfi].[StudentEducationOrganizationAssociationInternationalAddress] ([CountryDescriptor_DescriptorId]);
CREATE INDEX [IX_StudentEducationOrganizationAssociationLanguage_LanguageDescriptor_DescriptorId] ON [edfi].[StudentEducationOrganizationAssociationLanguage] ([LanguageDescriptor_DescriptorId]);
CREATE INDEX [IX_StudentEducationOrganizationAssociationLanguageUse_LanguageUseDescriptor_DescriptorId] ON [edfi].[StudentEducationOrganizationAssociationLanguageUse] ([LanguageUseDescriptor_DescriptorId]);
CREATE INDEX [IX_StudentEducationOrganizationAssociationRace_RaceDescriptor_DescriptorId] ON [edfi].[StudentEducationOrganizationAssociationRace] ([RaceDescriptor_DescriptorId]);
CREATE INDEX [IX_StudentEducationOrganizationAssociationStudentCharacteristic_StudentCharacteristicDescriptor_DescriptorId] ON [edfi].[StudentEducationOrganizationAssociationStudentCharacteristic] ([StudentCharacteristicDescriptor_DescriptorId]);
CREATE INDEX [IX_StudentEducationOrganizationAssociationStudentIdentificationCode_StudentIdentificationSystemDescriptor_DescriptorId] ON [edfi].[StudentEducationOrganizationAssociationStudentIdentificationCode] ([StudentIdentificationSystemDescriptor_DescriptorId]);
CREATE INDEX [IX_StudentEducationOrganizationAssociationTelephone_TelephoneNumberTypeDescriptor_DescriptorId] ON [edfi].[StudentEducationOrganizationAssociationTelephone] ([TelephoneNumberTypeDescriptor_DescriptorId]);
CREATE INDEX [IX_StudentEducationOrganizationAssociationTribalAffiliation_TribalAffiliationDescriptor_DescriptorId] ON [edfi].[StudentEducationOrganizationAssociationTribalAffiliation] ([TribalAffiliationDescriptor_DescriptorId]);
CREATE INDEX [IX_StudentEducationOrganizationAssociationExtension_Favorite_Program_DocumentId] ON [sample].[StudentEducationOrganizationAssociationExtension] ([Favorite_Program_DocumentId]);
