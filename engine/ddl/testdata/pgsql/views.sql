CREATE OR REPLACE VIEW "edfi"."EducationOrganization_View" AS
SELECT "DocumentId", CAST("CommunityOrganizationId" AS bigint) AS "EducationOrganizationId", CAST('CommunityOrganization' AS varchar(256)) AS "Discriminator"
  FROM "edfi"."CommunityOrganization"
UNION ALL
SELECT "DocumentId", CAST("CommunityProviderId" AS bigint) AS "EducationOrganizationId", CAST('CommunityProvider' AS varchar(256)) AS "Discriminator"
  FROM "edfi"."CommunityProvider"
UNION ALL
SELECT "DocumentId", CAST("EducationOrganizationNetworkId" AS bigint) AS "EducationOrganizationId", CAST('EducationOrganizationNetwork' AS varchar(256)) AS "Discriminator"
  FROM "edfi"."EducationOrganizationNetwork"
UNION ALL
SELECT "DocumentId", CAST("EducationServiceCenterId" AS bigint) AS "EducationOrganizationId", CAST('EducationServiceCenter' AS varchar(256)) AS "Discriminator"
  FROM "edfi"."EducationServiceCenter"
UNION ALL
SELECT "DocumentId", CAST("LocalEducationAgencyId" AS bigint) AS "EducationOrganizationId", CAST('LocalEducationAgency' AS varchar(256)) AS "Discriminator"
  FROM "edfi"."LocalEducationAgency"
UNION ALL
SELECT "DocumentId", CAST("OrganizationDepartmentId" AS bigint) AS "EducationOrganizationId", CAST('OrganizationDepartment' AS varchar(256)) AS "Discriminator"
  FROM "edfi"."OrganizationDepartment"
UNION ALL
SELECT "DocumentId", CAST("PostSecondaryInstitutionId" AS bigint) AS "EducationOrganizationId", CAST('PostSecondaryInstitution' AS varchar(256)) AS "Discriminator"
  FROM "edfi"."PostSecondaryInstitution"
UNION ALL
SELECT "DocumentId", CAST("SchoolId" AS bigint) AS "EducationOrganizationId", CAST('School' AS varchar(256)) AS "Discriminator"
  FROM "edfi"."School"
UNION ALL
SELECT "DocumentId", CAST("StateEducationAgencyId" AS bigint) AS "EducationOrganizationId", CAST('StateEducationAgency' AS varchar(256)) AS "Discriminator"
  FROM "edfi"."StateEducationAgency"
;
CREATE OR REPLACE VIEW "edfi"."GeneralStudentProgramAssociation_View" AS
SELECT "DocumentId", CAST("BeginDate" AS date) AS "BeginDate", CAST("EducationOrganization_DocumentId" AS bigint) AS "EducationOrganization_DocumentId", CAST("Program_DocumentId" AS bigint) AS "Program_DocumentId", CAST("Student_DocumentId" AS bigint) AS "Student_DocumentId", CAST('StudentCTEProgramAssociation' AS varchar(256)) AS "Discriminator"
  FROM "edfi"."StudentCTEProgramAssociation"
UNION ALL
SELECT "DocumentId", CAST("BeginDate" AS date) AS "BeginDate", CAST("EducationOrganization_DocumentId" AS bigint) AS "EducationOrganization_DocumentId", CAST("Program_DocumentId" AS bigint) AS "Program_DocumentId", CAST("Student_DocumentId" AS bigint) AS "Student_DocumentId", CAST('StudentHomelessProgramAssociation' AS varchar(256)) AS "Discriminator"
  FROM "edfi"."StudentHomelessProgramAssociation"
UNION ALL
SELECT "DocumentId", CAST("BeginDate" AS date) AS "BeginDate", CAST("EducationOrganization_DocumentId" AS bigint) AS "EducationOrganization_DocumentId", CAST("Program_DocumentId" AS bigint) AS "Program_DocumentId", CAST("Student_DocumentId" AS bigint) AS "Student_DocumentId", CAST('StudentLanguageInstructionProgramAssociation' AS varchar(256)) AS "Discriminator"
  FROM "edfi"."StudentLanguageInstructionProgramAssociation"
UNION ALL
SELECT "DocumentId", CAST("BeginDate" AS date) AS "BeginDate", CAST("EducationOrganization_DocumentId" AS bigint) AS "EducationOrganization_DocumentId", CAST("Program_DocumentId" AS bigint) AS "Program_DocumentId", CAST("Student_DocumentId" AS bigint) AS "Student_DocumentId", CAST('StudentMigrantEducationProgramAssociation' AS varchar(256)) AS "Discriminator"
  FROM "edfi"."StudentMigrantEducationProgramAssociation"
UNION ALL
SELECT "DocumentId", CAST("BeginDate" AS date) AS "BeginDate", CAST("EducationOrganization_DocumentId" AS bigint) AS "EducationOrganization_DocumentId", CAST("Program_DocumentId" AS bigint) AS "Program_DocumentId", CAST("Student_DocumentId" AS bigint) AS "Student_DocumentId", CAST('StudentNeglectedOrDelinquentProgramAssociation' AS varchar(256)) AS "Discriminator"
  FROM "edfi"."StudentNeglectedOrDelinquentProgramAssociation"
UNION ALL
SELECT "DocumentId", CAST("BeginDate" AS date) AS "BeginDate", CAST("EducationOrganization_DocumentId" AS bigint) AS "EducationOrganization_DocumentId", CAST("Program_DocumentId" AS bigint) AS "Program_DocumentId", CAST("Student_DocumentId" AS bigint) AS "Student_DocumentId", CAST('StudentProgramAssociation' AS varchar(256)) AS "Discriminator"
  FROM "edfi"."StudentProgramAssociation"
UNION ALL
SELECT "DocumentId", CAST("BeginDate" AS date) AS "BeginDate", CAST("EducationOrganization_DocumentId" AS bigint) AS "EducationOrganization_DocumentId", CAST("Program_DocumentId" AS bigint) AS "Program_DocumentId", CAST("Student_DocumentId" AS bigint) AS "Student_DocumentId", CAST('StudentSchoolFoodServiceProgramAssociation' AS varchar(256)) AS "Discriminator"
  FROM "edfi"."StudentSchoolFoodServiceProgramAssociation"
UNION ALL
SELECT "DocumentId", CAST("BeginDate" AS date) AS "BeginDate", CAST("EducationOrganization_DocumentId" AS bigint) AS "EducationOrganization_DocumentId", CAST("Program_DocumentId" AS bigint) AS "Program_DocumentId", CAST("Student_DocumentId" AS bigint) AS "Student_DocumentId", CAST('StudentSpecialEducationProgramAssociation' AS varchar(256)) AS "Discriminator"
  FROM "edfi"."StudentSpecialEducationProgramAssociation"
UNION ALL
SELECT "DocumentId", CAST("BeginDate" AS date) AS "BeginDate", CAST("EducationOrganization_DocumentId" AS bigint) AS "EducationOrganization_DocumentId", CAST("Program_DocumentId" AS bigint) AS "Program_DocumentId", CAST("Student_DocumentId" AS bigint) AS "Student_DocumentId", CAST('StudentTitleIPartAProgramAssociation' AS varchar(256)) AS "Discriminator"
  FROM "edfi"."StudentTitleIPartAProgramAssociation"
UNION ALL
SELECT "DocumentId", CAST("BeginDate" AS date) AS "BeginDate", CAST("EducationOrganization_DocumentId" AS bigint) AS "EducationOrganization_DocumentId", CAST("Program_Program_DocumentId" AS bigint) AS "Program_DocumentId", CAST("Student_DocumentId" AS bigint) AS "Student_DocumentId", CAST('StudentArtProgramAssociation' AS varchar(256)) AS "Discriminator"
  FROM "sample"."StudentArtProgramAssociation"
;
