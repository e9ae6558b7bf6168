CREATE OR ALTER VIEW [edfi].[EducationOrganization_View] AS
SELECT [DocumentId], CAST([CommunityOrganizationId] AS bigint) AS [EducationOrganizationId], CAST(N'CommunityOrganization' AS nvarchar(256)) AS [Discriminator]
  FROM [edfi].[CommunityOrganization]
UNION ALL
SELECT [DocumentId], CAST([CommunityProviderId] AS bigint) AS [EducationOrganizationId], CAST(N'CommunityProvider' AS nvarchar(256)) AS [Discriminator]
  FROM [edfi].[CommunityProvider]
UNION ALL
SELECT [DocumentId], CAST([EducationOrganizationNetworkId] AS bigint) AS [EducationOrganizationId], CAST(N'EducationOrganizationNetwork' AS nvarchar(256)) AS [Discriminator]
  FROM [edfi].[EducationOrganizationNetwork]
UNION ALL
SELECT [DocumentId], CAST([EducationServiceCenterId] AS bigint) AS [EducationOrganizationId], CAST(N'EducationServiceCenter' AS nvarchar(256)) AS [Discriminator]
  FROM [edfi].[EducationServiceCenter]
UNION ALL
SELECT [DocumentId], CAST([LocalEducationAgencyId] AS bigint) AS [EducationOrganizationId], CAST(N'LocalEducationAgency' AS nvarchar(256)) AS [Discriminator]
  FROM [edfi].[LocalEducationAgency]
UNION ALL
SELECT [DocumentId], CAST([OrganizationDepartmentId] AS bigint) AS [EducationOrganizationId], CAST(N'OrganizationDepartment' AS nvarchar(256)) AS [Discriminator]
  FROM [edfi].[OrganizationDepartment]
UNION ALL
SELECT [DocumentId], CAST([PostSecondaryInstitutionId] AS bigint) AS [EducationOrganizationId], CAST(N'PostSecondaryInstitution' AS nvarchar(256)) AS [Discriminator]
  FROM [edfi].[PostSecondaryInstitution]
UNION ALL
SELECT [DocumentId], CAST([SchoolId] AS bigint) AS [EducationOrganizationId], CAST(N'School' AS nvarchar(256)) AS [Discriminator]
  FROM [edfi].[School]
UNION ALL
SELECT [DocumentId], CAST([StateEducationAgencyId] AS bigint) AS [EducationOrganizationId], CAST(N'StateEducationAgency' AS nvarchar(256)) AS [Discriminator]
  FROM [edfi].[StateEducationAgency]
;
CREATE OR ALTER VIEW [edfi].[GeneralStudentProgramAssociation_View] AS
SELECT [DocumentId], CAST([BeginDate] AS date) AS [BeginDate], CAST([EducationOrganization_DocumentId] AS bigint) AS [EducationOrganization_DocumentId], CAST([Program_DocumentId] AS bigint) AS [Program_DocumentId], CAST([Student_DocumentId] AS bigint) AS [Student_DocumentId], CAST(N'StudentCTEProgramAssociation' AS nvarchar(256)) AS [Discriminator]
  FROM [edfi].[StudentCTEProgramAssociation]
UNION ALL
SELECT [DocumentId], CAST([BeginDate] AS date) AS [BeginDate], CAST([EducationOrganization_DocumentId] AS bigint) AS [EducationOrganization_DocumentId], CAST([Program_DocumentId] AS bigint) AS [Program_DocumentId], CAST([Student_DocumentId] AS bigint) AS [Student_DocumentId], CAST(N'StudentHomelessProgramAssociation' AS nvarchar(256)) AS [Discriminator]
  FROM [edfi].[StudentHomelessProgramAssociation]
UNION ALL
SELECT [DocumentId], CAST([BeginDate] AS date) AS [BeginDate], CAST([EducationOrganization_DocumentId] AS bigint) AS [EducationOrganization_DocumentId], CAST([Program_DocumentId] AS bigint) AS [Program_DocumentId], CAST([Student_DocumentId] AS bigint) AS [Student_DocumentId], CAST(N'StudentLanguageInstructionProgramAssociation' AS nvarchar(256)) AS [Discriminator]
  FROM [edfi].[StudentLanguageInstructionProgramAssociation]
UNION ALL
SELECT [DocumentId], CAST([BeginDate] AS date) AS [BeginDate], CAST([EducationOrganization_DocumentId] AS bigint) AS [EducationOrganization_DocumentId], CAST([Program_DocumentId] AS bigint) AS [Program_DocumentId], CAST([Student_DocumentId] AS bigint) AS [Student_DocumentId], CAST(N'StudentMigrantEducationProgramAssociation' AS nvarchar(256)) AS [Discriminator]
  FROM [edfi].[StudentMigrantEducationProgramAssociation]
UNION ALL
SELECT [DocumentId], CAST([BeginDate] AS date) AS [BeginDate], CAST([EducationOrganization_DocumentId] AS bigint) AS [EducationOrganization_DocumentId], CAST([Program_DocumentId] AS bigint) AS [Program_DocumentId], CAST([Student_DocumentId] AS bigint) AS [Student_DocumentId], CAST(N'StudentNeglectedOrDelinquentProgramAssociation' AS nvarchar(256)) AS [Discriminator]
  FROM [edfi].[StudentNeglectedOrDelinquentProgramAssociation]
UNION ALL
SELECT [DocumentId], CAST([BeginDate] AS date) AS [BeginDate], CAST([EducationOrganization_DocumentId] AS bigint) AS [EducationOrganization_DocumentId], CAST([Program_DocumentId] AS bigint) AS [Program_DocumentId], CAST([Student_DocumentId] AS bigint) AS [Student_DocumentId], CAST(N'StudentProgramAssociation' AS nvarchar(256)) AS [Discriminator]
  FROM [edfi].[StudentProgramAssociation]
UNION ALL
SELECT [DocumentId], CAST([BeginDate] AS date) AS [BeginDate], CAST([EducationOrganization_DocumentId] AS bigint) AS [EducationOrganization_DocumentId], CAST([Program_DocumentId] AS bigint) AS [Program_DocumentId], CAST([Student_DocumentId] AS bigint) AS [Student_DocumentId], CAST(N'StudentSchoolFoodServiceProgramAssociation' AS nvarchar(256)) AS [Discriminator]
  FROM [edfi].[StudentSchoolFoodServiceProgramAssociation]
UNION ALL
SELECT [DocumentId], CAST([BeginDate] AS date) AS [BeginDate], CAST([EducationOrganization_DocumentId] AS bigint) AS [EducationOrganization_DocumentId], CAST([Program_DocumentId] AS bigint) AS [Program_DocumentId], CAST([Student_DocumentId] AS bigint) AS [Student_DocumentId], CAST(N'StudentSpecialEducationProgramAssociation' AS nvarchar(256)) AS [Discriminator]
  FROM [edfi].[StudentSpecialEducationProgramAssociation]
UNION ALL
SELECT [DocumentId], CAST([BeginDate] AS date) AS [BeginDate], CAST([EducationOrganization_DocumentId] AS bigint) AS [EducationOrganization_DocumentId], CAST([Program_DocumentId] AS bigint) AS [Program_DocumentId], CAST([Student_DocumentId] AS bigint) AS [Student_DocumentId], CAST(N'StudentTitleIPartAProgramAssociation' AS nvarchar(256)) AS [Discriminator]
  FROM [edfi].[StudentTitleIPartAProgramAssociation]
UNION ALL
SELECT [DocumentId], CAST([BeginDate] AS date) AS [BeginDate], CAST([EducationOrganization_DocumentId] AS bigint) AS [EducationOrganization_DocumentId], CAST([Program_Program_DocumentId] AS bigint) AS [Program_DocumentId], CAST([Student_DocumentId] AS bigint) AS [Student_DocumentId], CAST(N'StudentArtProgramAssociation' AS nvarchar(256)) AS [Discriminator]
  FROM [sample].[StudentArtProgramAssociation]
;
