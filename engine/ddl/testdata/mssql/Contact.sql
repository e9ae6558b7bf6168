CREATE TABLE [edfi].[Contact] (
    [DocumentId]                                              bigint NOT NULL,
    [ContactUniqueId]                                         nvarchar(32) NOT NULL,
    [FirstName]                                               nvarchar(75) NOT NULL,
    [GenderIdentity]                                          nvarchar(60) NULL,
    [GenerationCodeSuffix]                                    nvarchar(10) NULL,
    [HighestCompletedLevelOfEducationDescriptor_DescriptorId] bigint NULL,
    [LastSurname]                                             nvarchar(75) NOT NULL,
    [LoginId]                                                 nvarchar(60) NULL,
    [MaidenName]                                              nvarchar(75) NULL,
    [MiddleName]                                              nvarchar(75) NULL,
    [Person_DocumentId]                                       bigint NULL,
    [PersonalTitlePrefix]                                     nvarchar(30) NULL,
    [PreferredFirstName]                                      nvarchar(75) NULL,
    [PreferredLastSurname]                                    nvarchar(75) NULL,
    [SexDescriptor_DescriptorId]                              bigint NULL,
    CONSTRAINT [PK_Contact] PRIMARY KEY CLUSTERED ([DocumentId]),
    CONSTRAINT [FK_Contact_Document] FOREIGN KEY ([DocumentId]) REFERENCES [dms].[Document] ([DocumentId]) ON DELETE CASCADE,
    CONSTRAINT [UX_Contact_NaturalKey] UNIQUE NONCLUSTERED ([ContactUniqueId])
);

CREATE TABLE [edfi].[ContactAddress] (
    [Contact_DocumentId]                       bigint NOT NULL,
    [Ordinal]                                  int NOT NULL,
    [AddressTypeDescriptor_DescriptorId]       bigint NOT NULL,
    [ApartmentRoomSuiteNumber]                 nvarchar(50) NULL,
    [BuildingSiteNumber]                       nvarchar(20) NULL,
    [City]                                     nvarchar(30) NOT NULL,
    [CongressionalDistrict]                    nvarchar(30) NULL,
    [CountyFIPSCode]                           nvarchar(5) NULL,
    [DoNotPublishIndicator]                    bit NULL,
    [Latitude]                                 nvarchar(20) NULL,
    [LocaleDescriptor_DescriptorId]            bigint NULL,
    [Longitude]                                nvarchar(20) NULL,
    [NameOfCounty]                             nvarchar(30) NULL,
    [PostalCode]                               nvarchar(17) NOT NULL,
    [StateAbbreviationDescriptor_DescriptorId] bigint NOT NULL,
    [StreetNumberName]                         nvarchar(150) NOT NULL,
    CONSTRAINT [PK_ContactAddress] PRIMARY KEY CLUSTERED ([Contact_DocumentId], [Ordinal]),
    CONSTRAINT [FK_ContactAddress_Contact] FOREIGN KEY ([Contact_DocumentId]) REFERENCES [edfi].[Contact] ([DocumentId]) ON DELETE CASCADE,
    CONSTRAINT [UX_ContactAddress_AddressTypeDescriptor_DescriptorId_City_PostalCode_StateAbbreviationDescriptor_DescriptorId_StreetNumberName] UNIQUE NONCLUSTERED ([Contact_DocumentId], [AddressTypeDescriptor_DescriptorId], [City], [PostalCode], [StateAbbreviationDescriptor_DescriptorId], [StreetNumberName])
);

CREATE TABLE [edfi].[ContactAddressPeriod] (
    [Contact_DocumentId] bigint NOT NULL,
    [AddressOrdinal]     int NOT NULL,
    [Ordinal]            int NOT NULL,
    [BeginDate]          date NOT NULL,
    [EndDate]            date NULL,
    CONSTRAINT [PK_ContactAddressPeriod] PRIMARY KEY CLUSTERED ([Contact_DocumentId], [AddressOrdinal], [Ordinal]),
    CONSTRAINT [FK_ContactAddressPeriod_ContactAddress] FOREIGN KEY ([Contact_DocumentId], [AddressOrdinal]) REFERENCES [edfi].[ContactAddress] ([Contact_DocumentId], [Ordinal]) ON DELETE CASCADE,
    CONSTRAINT [UX_ContactAddressPeriod_BeginDate] UNIQUE NONCLUSTERED ([Contact_DocumentId], [AddressOrdinal], [BeginDate])
);

CREATE TABLE [sample].[ContactExtensionAddress] (
    [Contact_DocumentId] bigint NOT NULL,
    [Ordinal]            int NOT NULL,
    [Complex]            nvarchar(255) NULL,
    [OnBusRoute]         bit NOT NULL,
    CONSTRAINT [PK_ContactExtensionAddress] PRIMARY KEY CLUSTERED ([Contact_DocumentId], [Ordinal]),
    CONSTRAINT [FK_ContactExtensionAddress_ContactAddress] FOREIGN KEY ([Contact_DocumentId], [Ordinal]) REFERENCES [edfi].[ContactAddress] ([Contact_DocumentId], [Ordinal]) ON DELETE CASCADE
);

CREATE TABLE [sample].[ContactExtensionAddressSchoolDistrict] (
    [Contact_DocumentId] bigint NOT NULL,
    [AddressOrdinal]     int NOT NULL,
    [Ordinal]            int NOT NULL,
    [SchoolDistrict]     nvarchar(250) NOT NULL,
    CONSTRAINT [PK_ContactExtensionAddressSchoolDistrict] PRIMARY KEY CLUSTERED ([Contact_DocumentId], [AddressOrdinal], [Ordinal]),
    CONSTRAINT [FK_ContactExtensionAddressSchoolDistrict_ContactExtensionAddress] FOREIGN KEY ([Contact_DocumentId], [AddressOrdinal]) REFERENCES [sample].[ContactExtensionAddress] ([Contact_DocumentId], [Ordinal]) ON DELETE CASCADE,
    CONSTRAINT [UX_ContactExtensionAddressSchoolDistrict_SchoolDistrict] UNIQUE NONCLUSTERED ([Contact_DocumentId], [AddressOrdinal], [SchoolDistrict])
);

CREATE TABLE [sample].[ContactExtensionAddressTerm] (
    [Contact_DocumentId]          bigint NOT NULL,
    [AddressOrdinal]              int NOT NULL,
    [Ordinal]                     int NOT NULL,
    [TermDescriptor_DescriptorId] bigint NOT NULL,
    CONSTRAINT [PK_ContactExtensionAddressTerm] PRIMARY KEY CLUSTERED ([Contact_DocumentId], [AddressOrdinal], [Ordinal]),
    CONSTRAINT [FK_ContactExtensionAddressTerm_ContactExtensionAddress] FOREIGN KEY ([Contact_DocumentId], [AddressOrdinal]) REFERENCES [sample].[ContactExtensionAddress] ([Contact_DocumentId], [Ordinal]) ON DELETE CASCADE,
    CONSTRAINT [UX_ContactExtensionAddressTerm_TermDescriptor_DescriptorId] UNIQUE NONCLUSTERED ([Contact_DocumentId], [AddressOrdinal], [TermDescriptor_DescriptorId])
);

CREATE TABLE [edfi].[ContactElectronicMail] (
    [Contact_DocumentId]                        bigint NOT NULL,
    [Ordinal]                                   int NOT NULL,
    [DoNotPublishIndicator]                     bit NULL,
    [ElectronicMailAddress]                     nvarchar(128) NOT NULL,
    [ElectronicMailTypeDescriptor_DescriptorId] bigint NOT NULL,
    [PrimaryEmailAddressIndicator]              bit NULL,
    CONSTRAINT [PK_ContactElectronicMail] PRIMARY KEY CLUSTERED ([Contact_DocumentId], [Ordinal]),
    CONSTRAINT [FK_ContactElectronicMail_Contact] FOREIGN KEY ([Contact_DocumentId]) REFERENCES [edfi].[Contact] ([DocumentId]) ON DELETE CASCADE
);

CREATE TABLE [edfi].[ContactInternationalAddress] (
    [Contact_DocumentId]                 bigint NOT NULL,
    [Ordinal]                            int NOT NULL,
    [AddressLine1]                       nvarchar(150) NOT NULL,
    [AddressLine2]                       nvarchar(150) NULL,
    [AddressLine3]                       nvarchar(150) NULL,
    [AddressLine4]                       nvarchar(150) NULL,
    [AddressTypeDescriptor_DescriptorId] bigint NOT NULL,
    [BeginDate]                          date NULL,
    [CountryDescriptor_DescriptorId]     bigint NOT NULL,
    [EndDate]                            date NULL,
    [Latitude]                           nvarchar(20) NULL,
    [Longitude]                          nvarchar(20) NULL,
    CONSTRAINT [PK_ContactInternationalAddress] PRIMARY KEY CLUSTERED ([Contact_DocumentId], [Ordinal]),
    CONSTRAINT [FK_ContactInternationalAddress_Contact] FOREIGN KEY ([Contact_DocumentId]) REFERENCES [edfi].[Contact] ([DocumentId]) ON DELETE CASCADE
);

CREATE TABLE [edfi].[ContactLanguage] (
    [Contact_DocumentId]              bigint NOT NULL,
    [Ordinal]                         int NOT NULL,
    [LanguageDescriptor_DescriptorId] bigint NOT NULL,
    CONSTRAINT [PK_ContactLanguage] PRIMARY KEY CLUSTERED ([Contact_DocumentId], [Ordinal]),
    CONSTRAINT [FK_ContactLanguage_Contact] FOREIGN KEY ([Contact_DocumentId]) REFERENCES [edfi].[Contact] ([DocumentId]) ON DELETE CASCADE
);

CREATE TABLE [edfi].[ContactLanguageUse] (
    [Contact_DocumentId]                 bigint NOT NULL,
    [LanguageOrdinal]                    int NOT NULL,
    [Ordinal]                            int NOT NULL,
    [LanguageUseDescriptor_DescriptorId] bigint NOT NULL,
    CONSTRAINT [PK_ContactLanguageUse] PRIMARY KEY CLUSTERED ([Contact_DocumentId], [LanguageOrdinal], [Ordinal]),
    CONSTRAINT [FK_ContactLanguageUse_ContactLanguage] FOREIGN KEY ([Contact_DocumentId], [LanguageOrdinal]) REFERENCES [edfi].[ContactLanguage] ([Contact_DocumentId], [Ordinal]) ON DELETE CASCADE
);

CREATE TABLE [edfi].[ContactOtherName] (
    [Contact_DocumentId]                   bigint NOT NULL,
    [Ordinal]                              int NOT NULL,
    [FirstName]                            nvarchar(75) NOT NULL,
    [GenerationCodeSuffix]                 nvarchar(10) NULL,
    [LastSurname]                          nvarchar(75) NOT NULL,
    [MiddleName]                           nvarchar(75) NULL,
    [OtherNameTypeDescriptor_DescriptorId] bigint NOT NULL,
    [PersonalTitlePrefix]                  nvarchar(30) NULL,
    CONSTRAINT [PK_ContactOtherName] PRIMARY KEY CLUSTERED ([Contact_DocumentId], [Ordinal]),
    CONSTRAINT [FK_ContactOtherName_Contact] FOREIGN KEY ([Contact_DocumentId]) REFERENCES [edfi].[Contact] ([DocumentId]) ON DELETE CASCADE
);

CREATE TABLE [edfi].[ContactPersonalIdentificationDocument] (
    [Contact_DocumentId]                                     bigint NOT NULL,
    [Ordinal]                                                int NOT NULL,
    [DocumentExpirationDate]                                 date NULL,
    [DocumentTitle]                                          nvarchar(60) NULL,
    [IdentificationDocumentUseDescriptor_DescriptorId]       bigint NOT NULL,
    [IssuerCountryDescriptor_DescriptorId]                   bigint NULL,
    [IssuerDocumentIdentificationCode]                       nvarchar(60) NULL,
    [IssuerName]                                             nvarchar(150) NULL,
    [PersonalInformationVerificationDescriptor_DescriptorId] bigint NOT NULL,
    CONSTRAINT [PK_ContactPersonalIdentificationDocument] PRIMARY KEY CLUSTERED ([Contact_DocumentId], [Ordinal]),
    CONSTRAINT [FK_ContactPersonalIdentificationDocument_Contact] FOREIGN KEY ([Contact_DocumentId]) REFERENCES [edfi].[Contact] ([DocumentId]) ON DELETE CASCADE
);

CREATE TABLE [edfi].[ContactTelephone] (
    [Contact_DocumentId]                         bigint NOT NULL,
    [Ordinal]                                    int NOT NULL,
    [DoNotPublishIndicator]                      bit NULL,
    [OrderOfPriority]                            int NULL,
    [TelephoneNumber]                            nvarchar(24) NOT NULL,
    [TelephoneNumberTypeDescriptor_DescriptorId] bigint NOT NULL,
    [TextMessageCapabilityIndicator]             bit NULL,
    CONSTRAINT [PK_ContactTelephone] PRIMARY KEY CLUSTERED ([Contact_DocumentId], [Ordinal]),
    CONSTRAINT [FK_ContactTelephone_Contact] FOREIGN KEY ([Contact_DocumentId]) REFERENCES [edfi].[Contact] ([DocumentId]) ON DELETE CASCADE
);

CREATE TABLE [sample].[ContactExtension] (
    [DocumentId]                                                bigint NOT NULL,
    [AverageCarLineWait]                                        nvarchar(30) NULL,
    [BecameParent]                                              int NULL,
    [CoffeeSpend]                                               decimal(19,4) NULL,
    [CredentialFieldDescriptor_DescriptorId]                    bigint NULL,
    [CteProgramServiceCipCode]                                  nvarchar(120) NULL,
    [CteProgramServiceCteProgramServiceDescriptor_DescriptorId] bigint NULL,
    [CteProgramServicePrimaryIndicator]                         bit NULL,
    [CteProgramServiceServiceBeginDate]                         date NULL,
    [CteProgramServiceServiceEndDate]                           date NULL,
    [Duration]                                                  int NULL,
    [Gpa]                                                       decimal(18,4) NULL,
    [GraduationDate]                                            date NULL,
    [IsSportsFan]                                               bit NOT NULL,
    [LuckyNumber]                                               int NULL,
    [PreferredWakeUpTime]                                       time(7) NULL,
    [RainCertainty]                                             decimal(5,4) NULL,
    [TeacherConferenceDayOfWeek]                                nvarchar(10) NOT NULL,
    [TeacherConferenceEndTime]                                  time(7) NOT NULL,
    [TeacherConferenceStartTime]                                time(7) NOT NULL,
    CONSTRAINT [PK_ContactExtension] PRIMARY KEY CLUSTERED ([DocumentId]),
    CONSTRAINT [FK_ContactExtension_Contact] FOREIGN KEY ([DocumentId]) REFERENCES [edfi].[Contact] ([DocumentId]) ON DELETE CASCADE
);

CREATE TABLE [sample].[ContactExtensionAuthor] (
    [Contact_DocumentId] bigint NOT NULL,
    [Ordinal]            int NOT NULL,
    [Author]             nvarchar(100) NOT NULL,
    CONSTRAINT [PK_ContactExtensionAuthor] PRIMARY KEY CLUSTERED ([Contact_DocumentId], [Ordinal]),
    CONSTRAINT [FK_ContactExtensionAuthor_ContactExtension] FOREIGN KEY ([Contact_DocumentId]) REFERENCES [sample].[ContactExtension] ([DocumentId]) ON DELETE CASCADE,
    CONSTRAINT [UX_ContactExtensionAuthor_Author] UNIQUE NONCLUSTERED ([Contact_DocumentId], [Author])
);

CREATE TABLE [sample].[ContactExtensionCeilingHeight] (
    [Contact_DocumentId] bigint NOT NULL,
    [Ordinal]            int NOT NULL,
    [CeilingHeight]      decimal(5,1) NOT NULL,
    CONSTRAINT [PK_ContactExtensionCeilingHeight] PRIMARY KEY CLUSTERED ([Contact_DocumentId], [Ordinal]),
    CONSTRAINT [FK_ContactExtensionCeilingHeight_ContactExtension] FOREIGN KEY ([Contact_DocumentId]) REFERENCES [sample].[ContactExtension] ([DocumentId]) ON DELETE CASCADE,
    CONSTRAINT [UX_ContactExtensionCeilingHeight_CeilingHeight] UNIQUE NONCLUSTERED ([Contact_DocumentId], [CeilingHeight])
);

CREATE TABLE [sample].[ContactExtensionEducationContent] (
    [Contact_DocumentId]          bigint NOT NULL,
    [Ordinal]                     int NOT NULL,
    [EducationContent_DocumentId] bigint NOT NULL,
    CONSTRAINT [PK_ContactExtensionEducationContent] PRIMARY KEY CLUSTERED ([Contact_DocumentId], [Ordinal]),
    CONSTRAINT [FK_ContactExtensionEducationContent_ContactExtension] FOREIGN KEY ([Contact_DocumentId]) REFERENCES [sample].[ContactExtension] ([DocumentId]) ON DELETE CASCADE
);

CREATE TABLE [sample].[ContactExtensionFavoriteBookTitle] (
    [Contact_DocumentId] bigint NOT NULL,
    [Ordinal]            int NOT NULL,
    [FavoriteBookTitle]  nvarchar(100) NOT NULL,
    CONSTRAINT [PK_ContactExtensionFavoriteBookTitle] PRIMARY KEY CLUSTERED ([Contact_DocumentId], [Ordinal]),
    CONSTRAINT [FK_ContactExtensionFavoriteBookTitle_ContactExtension] FOREIGN KEY ([Contact_DocumentId]) REFERENCES [sample].[ContactExtension] ([DocumentId]) ON DELETE CASCADE,
    CONSTRAINT [UX_ContactExtensionFavoriteBookTitle_FavoriteBookTitle] UNIQUE NONCLUSTERED ([Contact_DocumentId], [FavoriteBookTitle])
);

CREATE TABLE [sample].[ContactExtensionStudentProgramAssociation] (
    [Contact_DocumentId]                   bigint NOT NULL,
    [Ordinal]                              int NOT NULL,
    [StudentProgramAssociation_DocumentId] bigint NOT NULL,
    CONSTRAINT [PK_ContactExtensionStudentProgramAssociation] PRIMARY KEY CLUSTERED ([Contact_DocumentId], [Ordinal]),
    CONSTRAINT [FK_ContactExtensionStudentProgramAssociation_ContactExtension] FOREIGN KEY ([Contact_DocumentId]) REFERENCES [sample].[ContactExtension] ([DocumentId]) ON DELETE CASCADE
);

ALTER TABLE [edfi].[Contact] ADD CONSTRAINT [FK_Contact_Person] FOREIGN KEY ([Person_DocumentId]) REFERENCES [edfi].[Person] ([DocumentId]);
ALTER TABLE [edfi].[Contact] ADD CONSTRAINT [FK_Contact_HighestCompletedLevelOfEducationDescriptor] FOREIGN KEY ([HighestCompletedLevelOfEducationDescriptor_DescriptorId]) REFERENCES [dms].[Descriptor] ([DocumentId]);
ALTER TABLE [edfi].[Contact] ADD CONSTRAINT [FK_Contact_SexDescriptor] FOREIGN KEY ([SexDescriptor_DescriptorId]) REFERENCES [dms].[Descriptor] ([DocumentId]);
ALTER TABLE [edfi].[ContactAddress] ADD CONSTRAINT [FK_ContactAddress_AddressTypeDescriptor] FOREIGN KEY ([AddressTypeDescriptor_DescriptorId]) REFERENCES [dms].[Descriptor] ([DocumentId]);
ALTER TABLE [edfi].[ContactAddress] ADD CONSTRAINT [FK_ContactAddress_LocaleDescriptor] FOREIGN KEY ([LocaleDescriptor_DescriptorId]) REFERENCES [dms].[Descriptor] ([DocumentId]);
ALTER TABLE [edfi].[ContactAddress] ADD CONSTRAINT [FK_ContactAddress_StateAbbreviationDescriptor] FOREIGN KEY ([StateAbbreviationDescriptor_DescriptorId]) REFERENCES [dms].[Descriptor] ([DocumentId]);
ALTER TABLE [sample].[ContactExtensionAddressTerm] ADD CONSTRAINT [FK_ContactExtensionAddressTerm_TermDescriptor] FOREIGN KEY ([TermDescriptor_DescriptorId]) REFERENCES [dms].[Descriptor] ([DocumentId]);
ALTER TABLE [edfi].[ContactElectronicMail] ADD CONSTRAINT [FK_ContactElectronicMail_ElectronicMailTypeDescriptor] FOREIGN KEY ([ElectronicMailTypeDescriptor_DescriptorId]) REFERENCES [dms].[Descriptor] ([DocumentId]);
ALTER TABLE [edfi].[ContactInternationalAddress] ADD CONSTRAINT [FK_ContactInternationalAddress_AddressTypeDescriptor] FOREIGN KEY ([AddressTypeDescriptor_DescriptorId]) REFERENCES [dms].[Descriptor] ([DocumentId]);
ALTER TABLE [edfi].[ContactInternationalAddress] ADD CONSTRAINT [FK_ContactInternationalAddress_CountryDescriptor] FOREIGN KEY ([CountryDescriptor_DescriptorId]) REFERENCES [dms].[Descriptor] ([DocumentId]);
ALTER TABLE [edfi].[ContactLanguage] ADD CONSTRAINT [FK_ContactLanguage_LanguageDescriptor] FOREIGN KEY ([LanguageDescriptor_DescriptorId]) REFERENCES [dms].[Descriptor] ([DocumentId]);
ALTER TABLE [edfi].[ContactLanguageUse] ADD CONSTRAINT [FK_ContactLanguageUse_LanguageUseDescriptor] FOREIGN KEY ([LanguageUseDescriptor_DescriptorId]) REFERENCES [dms].[Descriptor] ([DocumentId]);
ALTER TABLE [edfi].[ContactOtherName] ADD CONSTRAINT [FK_ContactOtherName_OtherNameTypeDescriptor] FOREIGN KEY ([OtherNameTypeDescriptor_DescriptorId]) REFERENCES [dms].[Descriptor] ([DocumentId]);
ALTER TABLE [edfi].[ContactPersonalIdentificationDocument] ADD CONSTRAINT [FK_ContactPersonalIdentificationDocument_IdentificationDocumentUseDescriptor] FOREIGN KEY ([IdentificationDocumentUseDescriptor_DescriptorId]) REFERENCES [dms].[Descriptor] ([DocumentId]);
ALTER TABLE [edfi].[ContactPersonalIdentificationDocument] ADD CONSTRAINT [FK_ContactPersonalIdentificationDocument_IssuerCountryDescriptor] FOREIGN KEY ([IssuerCountryDescriptor_DescriptorId]) REFERENCES [dms].[Descriptor] ([DocumentId]);
ALTER TABLE [edfi].[ContactPersonalIdentificationDocument] ADD CONSTRAINT [FK_ContactPersonalIdentificationDocument_PersonalInformationVerificationDescriptor] FOREIGN KEY ([PersonalInformationVerificationDescriptor_DescriptorId]) REFERENCES [dms].[Descriptor] ([DocumentId]);
ALTER TABLE [edfi].[ContactTelephone] ADD CONSTRAINT [FK_ContactTelephone_TelephoneNumberTypeDescriptor] FOREIGN KEY ([TelephoneNumberTypeDescriptor_DescriptorId]) REFERENCES [dms].[Descriptor] ([DocumentId]);
ALTER TABLE [sample].[ContactExtension] ADD CONSTRAINT [FK_ContactExtension_CredentialFieldDescriptor] FOREIGN KEY ([CredentialFieldDescriptor_DescriptorId]) REFERENCES [dms].[Descriptor] ([DocumentId]);
ALTER TABLE [sample].[ContactExtension] ADD CONSTRAINT [FK_ContactExtension_CteProgramServiceCteProgramServiceDescriptor] FOREIGN KEY ([CteProgramServiceCteProgramServiceDescriptor_DescriptorId]) REFERENCES [dms].[Descriptor] ([DocumentId]);
ALTER TABLE [sample].[ContactExtensionEducationContent] ADD CONSTRAINT [FK_ContactExtensionEducationContent_EducationContent] FOREIGN KEY ([EducationContent_DocumentId]) REFERENCES [edfi].[EducationContent] ([DocumentId]);
ALTER TABLE [sample].[ContactExtensionStudentProgramAssociation] ADD CONSTRAINT [FK_ContactExtensionStudentProgramAssociation_StudentProgramAssociation] FOREIGN KEY ([StudentProgramAssociation_DocumentId]) REFERENCES [edfi].[StudentProgramAssociation] ([DocumentId]);
CREATE INDEX [IX_Contact_HighestCompletedLevelOfEducationDescriptor_DescriptorId] ON [edfi].[Contact] ([HighestCompletedLevelOfEducationDescriptor_DescriptorId]);
CREATE INDEX [IX_Contact_Person_DocumentId] ON [edfi].[Contact] ([Person_DocumentId]);
CREATE INDEX [IX_Contact_SexDescriptor_DescriptorId] ON [edfi].[Contact] ([SexDescriptor_DescriptorId]);
CREATE INDEX [IX_Contact_FirstName] ON [edfi].[Contact] ([FirstName]);
CREATE INDEX [IX_Contact_GenderIdentity] ON [edfi].[Contact] ([GenderIdentity]);
CREATE INDEX [IX_Contact_GenerationCodeSuffix] ON [edfi].[Contact] ([GenerationCodeSuffix]);
CREATE INDEX [IX_Contact_LastSurname] ON [edfi].[Contact] ([LastSurname]);
CREATE INDEX [IX_Contact_LoginId] ON [edfi].[Contact] ([LoginId]);
CREATE INDEX [IX_Contact_MaidenName] ON [edfi].[Contact] ([MaidenName]);
CREATE INDEX [IX_Contact_MiddleName] ON [edfi].[Contact] ([MiddleName]);
CREATE INDEX [IX_Contact_PersonalTitlePrefix] ON [edfi].[Contact] ([PersonalTitlePrefix]);
CREATE INDEX [IX_Contact_PreferredFirstName] ON [edfi].[Contact] ([PreferredFirstName]);
CREATE INDEX [IX_Contact_PreferredLastSurname] ON [edfi].[Contact] ([PreferredLastSurname]);
CREATE INDEX [IX_ContactAddress_AddressTypeDescriptor_DescriptorId] ON [edfi].[ContactAddress] ([AddressTypeDescriptor_DescriptorId]);
CREATE INDEX [IX_ContactAddress_LocaleDescriptor_DescriptorId] ON [edfi].[ContactAddress] ([LocaleDescriptor_DescriptorId]);
CREATE INDEX [IX_ContactAddress_StateAbbreviationDescriptor_DescriptorId] ON [edfi].[ContactAddress] ([StateAbbreviationDescriptor_DescriptorId]);
CREATE INDEX [IX_ContactExtensionAddressTerm_TermDescriptor_DescriptorId] ON [sample].[ContactExtensionAddressTerm] ([TermDescriptor_DescriptorId]);
CREATE INDEX [IX_ContactElectronicMail_ElectronicMailTypeDescriptor_DescriptorId] ON [edfi].[ContactElectronicMail] ([ElectronicMailTypeDescriptor_DescriptorId]);
CREATE INDEX [IX_ContactInternationalAddress_AddressTypeDescriptor_DescriptorId] ON [edfi].[ContactInternationalAddress] ([AddressTypeDescriptor_DescriptorId]);
CREATE INDEX [IX_ContactInternationalAddress_CountryDescriptor_DescriptorId] ON [edfi].[ContactInternationalAddress] ([CountryDescriptor_DescriptorId]);
CREATE INDEX [IX_ContactLanguage_LanguageDescriptor_DescriptorId] ON [edfi].[ContactLanguage] ([LanguageDescriptor_DescriptorId]);
CREATE INDEX [IX_ContactLanguageUse_LanguageUseDescriptor_DescriptorId] ON [edfi].[ContactLanguageUse] ([LanguageUseDescriptor_DescriptorId]);
CREATE INDEX [IX_ContactOtherName_OtherNameTypeDescriptor_DescriptorId] ON [edfi].[ContactOtherName] ([OtherNameTypeDescriptor_DescriptorId]);
CREATE INDEX [IX_ContactPersonalIdentificationDocument_IdentificationDocumentUseDescriptor_DescriptorId] ON [edfi].[ContactPersonalIdentificationDocument] ([IdentificationDocumentUseDescriptor_DescriptorId]);
CREATE INDEX [IX_ContactPersonalIdentificationDocument_IssuerCountryDescriptor_DescriptorId] ON [edfi].[ContactPersonalIdentificationDocument] ([IssuerCountryDescriptor_DescriptorId]);
CREATE INDEX [IX_ContactPersonalIdentificationDocument_PersonalInformationVerificationDescriptor_DescriptorId] ON [edfi].[ContactPersonalIdentificationDocument] ([PersonalInformationVerificationDescriptor_DescriptorId]);
CREATE INDEX [IX_ContactTelephone_TelephoneNumberTypeDescriptor_DescriptorId] ON [edfi].[ContactTelephone] ([TelephoneNumberTypeDescriptor_DescriptorId]);
CREATE INDEX [IX_ContactExtension_CredentialFieldDescriptor_DescriptorId] ON [sample].[ContactExtension] ([CredentialFieldDescriptor_DescriptorId]);
CREATE INDEX [IX_ContactExtension_CteProgramServiceCteProgramServiceDescriptor_DescriptorId] ON [sample].[ContactExtension] ([CteProgramServiceCteProgramServiceDescriptor_DescriptorId]);
CREATE INDEX [IX_ContactExtensionEducationContent_EducationContent_DocumentId] ON [sample].[ContactExtensionEducationContent] ([EducationContent_DocumentId]);
CREATE INDEX [IX_ContactExtensionStudentProgramAssociation_StudentProgramAssociation_DocumentId] ON [sample].[ContactExtensionStudentProgramAssociation] ([StudentProgramAssociation_DocumentId]);
