CREATE TABLE "edfi"."StudentSchoolAssociation" (
    "DocumentId"                                   bigint NOT NULL,
    "Calendar_DocumentId"                          bigint NULL,
    "ClassOfSchoolYearType_DocumentId"             bigint NULL,
    "EmployedWhileEnrolled"                        boolean NULL,
    "EnrollmentTypeDescriptor_DescriptorId"        bigint NULL,
    "EntryDate"                                    date NOT NULL,
    "EntryGradeLevelDescriptor_DescriptorId"       bigint NOT NULL,
    "EntryGradeLevelReasonDescriptor_DescriptorId" bigint NULL,
    "EntryTypeDescriptor_DescriptorId"             bigint NULL,
    "ExitWithdrawDate"                             date NULL,
    "ExitWithdrawTypeDescriptor_DescriptorId"      bigint NULL,
    "FullTimeEquivalency"                          numeric(19,5) NULL,
    "GraduationPlan_DocumentId"                    bigint NULL,
    "NextYearGradeLevelDescriptor_DescriptorId"    bigint NULL,
    "NextYearSchool_DocumentId"                    bigint NULL,
    "PrimarySchool"                                boolean NULL,
    "RepeatGradeIndicator"                         boolean NULL,
    "ResidencyStatusDescriptor_DescriptorId"       bigint NULL,
    "SchoolChoice"                                 boolean NULL,
    "SchoolChoiceBasisDescriptor_DescriptorId"     bigint NULL,
    "SchoolChoiceTransfer"                         boolean NULL,
    "School_DocumentId"                            bigint NOT NULL,
    "SchoolYearType_DocumentId"                    bigint NULL,
    "Student_DocumentId"                           bigint NOT NULL,
    "TermCompletionIndicator"                      boolean NULL,
    CONSTRAINT "PK_StudentSchoolAssociation" PRIMARY KEY ("DocumentId"),
    CONSTRAINT "FK_StudentSchoolAssociation_Document" FOREIGN KEY ("DocumentId") REFERENCES "dms"."Document" ("DocumentId") ON DELETE CASCADE,
    CONSTRAINT "UX_StudentSchoolAssociation_NaturalKey" UNIQUE ("EntryDate", "School_DocumentId", "Student_DocumentId")
);

CREATE TABLE "edfi"."StudentSchoolAssociationAlternativeGraduationPlan" (
    "StudentSchoolAssociation_DocumentId"  bigint NOT NULL,
    "Ordinal"                              integer NOT NULL,
    "AlternativeGraduationPlan_DocumentId" bigint NOT NULL,
    CONSTRAINT "PK_StudentSchoolAssociationAlternativeGraduationPlan" PRIMARY KEY ("StudentSchoolAssociation_DocumentId", "Ordinal"),
    CONSTRAINT "FK_StudentSchoolAssociationAlternativeGraduationPlan_S_e29d4c4f" FOREIGN KEY ("StudentSchoolAssociation_DocumentId") REFERENCES "edfi"."StudentSchoolAssociation" ("DocumentId") ON DELETE CASCADE
);

CREATE TABLE "edfi"."StudentSchoolAssociationEducationPlan" (
    "StudentSchoolAssociation_DocumentId"  bigint NOT NULL,
    "Ordinal"                              integer NOT NULL,
    "EducationPlanDescriptor_DescriptorId" bigint NOT NULL,
    CONSTRAINT "PK_StudentSchoolAssociationEducationPlan" PRIMARY KEY ("StudentSchoolAssociation_DocumentId", "Ordinal"),
    CONSTRAINT "FK_StudentSchoolAssociationEducationPlan_StudentSchool_58a04efd" FOREIGN KEY ("StudentSchoolAssociation_DocumentId") REFERENCES "edfi"."StudentSchoolAssociation" ("DocumentId") ON DELETE CASCADE
);

CREATE TABLE "sample"."StudentSchoolAssociationExtension" (
    "DocumentId"                            bigint NOT NULL,
    "MembershipTypeDescriptor_DescriptorId" bigint NULL,
    CONSTRAINT "PK_StudentSchoolAssociationExtension" PRIMARY KEY ("DocumentId"),
    CONSTRAINT "FK_StudentSchoolAssociationExtension_StudentSchoolAssociation" FOREIGN KEY ("DocumentId") REFERENCES "edfi"."StudentSchoolAssociation" ("DocumentId") ON DELETE CASCADE
);

ALTER TABLE "edfi"."StudentSchoolAssociation" ADD CONSTRAINT "FK_StudentSchoolAssociation_Calendar" FOREIGN KEY ("Calendar_DocumentId") REFERENCES "edfi"."Calendar" ("DocumentId");
ALTER TABLE "edfi"."StudentSchoolAssociation" ADD CONSTRAINT "FK_StudentSchoolAssociation_ClassOfSchoolYearType" FOREIGN KEY ("ClassOfSchoolYearType_DocumentId") REFERENCES "edfi"."SchoolYearType" ("DocumentId");
ALTER TABLE "edfi"."StudentSchoolAssociation" ADD CONSTRAINT "FK_StudentSchoolAssociation_GraduationPlan" FOREIGN KEY ("GraduationPlan_DocumentId") REFERENCES "edfi"."GraduationPlan" ("DocumentId");
ALTER TABLE "edfi"."StudentSchoolAssociation" ADD CONSTRAINT "FK_StudentSchoolAssociation_NextYearSchool" FOREIGN KEY ("NextYearSchool_DocumentId") REFERENCES "edfi"."School" ("DocumentId");
ALTER TABLE "edfi"."StudentSchoolAssociation" ADD CONSTRAINT "FK_StudentSchoolAssociation_School" FOREIGN KEY ("School_DocumentId") REFERENCES "edfi"."School" ("DocumentId");
ALTER TABLE "edfi"."StudentSchoolAssociation" ADD CONSTRAINT "FK_StudentSchoolAssociation_SchoolYearType" FOREIGN KEY ("SchoolYearType_DocumentId") REFERENCES "edfi"."SchoolYearType" ("DocumentId");
ALTER TABLE "edfi"."StudentSchoolAssociation" ADD CONSTRAINT "FK_StudentSchoolAssociation_Student" FOREIGN KEY ("Student_DocumentId") REFERENCES "edfi"."Student" ("DocumentId");
ALTER TABLE "edfi"."StudentSchoolAssociation" ADD CONSTRAINT "FK_StudentSchoolAssociation_EnrollmentTypeDescriptor" FOREIGN KEY ("EnrollmentTypeDescriptor_DescriptorId") REFERENCES "dms"."Descriptor" ("DocumentId");
ALTER TABLE "edfi"."StudentSchoolAssociation" ADD CONSTRAINT "FK_StudentSchoolAssociation_EntryGradeLevelDescriptor" FOREIGN KEY ("EntryGradeLevelDescriptor_DescriptorId") REFERENCES "dms"."Descriptor" ("DocumentId");
ALTER TABLE "edfi"."StudentSchoolAssociation" ADD CONSTRAINT "FK_StudentSchoolAssociation_EntryGradeLevelReasonDescriptor" FOREIGN KEY ("EntryGradeLevelReasonDescriptor_DescriptorId") REFERENCES "dms"."Descriptor" ("DocumentId");
ALTER TABLE "edfi"."StudentSchoolAssociation" ADD CONSTRAINT "FK_StudentSchoolAssociation_EntryTypeDescriptor" FOREIGN KEY ("EntryTypeDescriptor_DescriptorId") REFERENCES "dms"."Descriptor" ("DocumentId");
ALTER TABLE "edfi"."StudentSchoolAssociation" ADD CONSTRAINT "FK_StudentSchoolAssociation_ExitWithdrawTypeDescriptor" FOREIGN KEY ("ExitWithdrawTypeDescriptor_DescriptorId") REFERENCES "dms"."Descriptor" ("DocumentId");
ALTER TABLE "edfi"."StudentSchoolAssociation" ADD CONSTRAINT "FK_StudentSchoolAssociation_NextYearGradeLevelDescriptor" FOREIGN KEY ("NextYearGradeLevelDescriptor_DescriptorId") REFERENCES "dms"."Descriptor" ("DocumentId");
ALTER TABLE "edfi"."StudentSchoolAssociation" ADD CONSTRAINT "FK_StudentSchoolAssociation_ResidencyStatusDescriptor" FOREIGN KEY ("ResidencyStatusDescriptor_DescriptorId") REFERENCES "dms"."Descriptor" ("DocumentId");
ALTER TABLE "edfi"."StudentSchoolAssociation" ADD CONSTRAINT "FK_StudentSchoolAssociation_SchoolChoiceBasisDescriptor" FOREIGN KEY ("SchoolChoiceBasisDescriptor_DescriptorId") REFERENCES "dms"."Descriptor" ("DocumentId");
ALTER TABLE "edfi"."StudentSchoolAssociationAlternativeGraduationPlan" ADD CONSTRAINT "FK_StudentSchoolAssociationAlternativeGraduationPlan_A_4ce62fe3" FOREIGN KEY ("AlternativeGraduationPlan_DocumentId") REFERENCES "edfi"."GraduationPlan" ("DocumentId");
ALTER TABLE "edfi"."StudentSchoolAssociationEducationPlan" ADD CONSTRAINT "FK_StudentSchoolAssociationEducationPlan_EducationPlan_88e37be0" FOREIGN KEY ("EducationPlanDescriptor_DescriptorId") REFERENCES "dms"."Descriptor" ("DocumentId");
ALTER TABLE "sample"."StudentSchoolAssociationExtension" ADD CONSTRAINT "FK_StudentSchoolAssociationExtension_MembershipTypeDescriptor" FOREIGN KEY ("MembershipTypeDescriptor_DescriptorId") REFERENCES "dms"."Descriptor" ("DocumentId");
CREATE INDEX "IX_StudentSchoolAssociation_Calendar_DocumentId" ON "edfi"."StudentSchoolAssociation" ("Calendar_DocumentId");
CREATE INDEX "IX_StudentSchoolAssociation_ClassOfSchoolYearType_DocumentId" ON "edfi"."StudentSchoolAssociation" ("ClassOfSchoolYearType_DocumentId");
CREATE INDEX "IX_StudentSchoolAssociation_EnrollmentTypeDescriptor_D_899f3172" ON "edfi"."StudentSchoolAssociation" ("EnrollmentTypeDescriptor_DescriptorId");
CREATE INDEX "IX_StudentSchoolAssociation_EntryGradeLevelDescriptor__3810677a" ON "edfi"."StudentSchoolAssociation" ("EntryGradeLevelDescriptor_DescriptorId");
CREATE INDEX "IX_StudentSchoolAssociation_EntryGradeLevelReasonDescr_a3815ab5" ON "edfi"."StudentSchoolAssociation" ("EntryGradeLevelReasonDescriptor_DescriptorId");
CREATE INDEX "IX_StudentSchoolAssociation_EntryTypeDescriptor_DescriptorId" ON "edfi"."StudentSchoolAssociation" ("EntryTypeDescriptor_DescriptorId");
CREATE INDEX "IX_StudentSchoolAssociation_ExitWithdrawTypeDescriptor_4e1bac5b" ON "edfi"."StudentSchoolAssociation" ("ExitWithdrawTypeDescriptor_DescriptorId");
CREATE INDEX "IX_StudentSchoolAssociation_GraduationPlan_DocumentId" ON "edfi"."StudentSchoolAssociation" ("GraduationPlan_DocumentId");
CREATE INDEX "IX_StudentSchoolAssociation_NextYearGradeLevelDescript_47f184a2" ON "edfi"."StudentSchoolAssociation" ("NextYearGradeLevelDescriptor_DescriptorId");
CREATE INDEX "IX_StudentSchoolAssociation_NextYearSchool_DocumentId" ON "edfi"."StudentSchoolAssociation" ("NextYearSchool_DocumentId");
CREATE INDEX "IX_StudentSchoolAssociation_ResidencyStatusDescriptor__5700a17a" ON "edfi"."StudentSchoolAssociation" ("ResidencyStatusDescriptor_DescriptorId");
CREATE INDEX "IX_StudentSchoolAssociation_SchoolChoiceBasisDescripto_d6eb52d5" ON "edfi"."StudentSchoolAssociation" ("SchoolChoiceBasisDescriptor_DescriptorId");
CREATE INDEX "IX_StudentSchoolAssociation_School_DocumentId" ON "edfi"."StudentSchoolAssociation" ("School_DocumentId");
CREATE INDEX "IX_StudentSchoolAssociation_SchoolYearType_DocumentId" ON "edfi"."StudentSchoolAssociation" ("SchoolYearType_DocumentId");
CREATE INDEX "IX_StudentSchoolAssociation_Student_DocumentId" ON "edfi"."StudentSchoolAssociation" ("Student_DocumentId");
CREATE INDEX "IX_StudentSchoolAssociation_EmployedWhileEnrolled" ON "edfi"."StudentSchoolAssociation" ("EmployedWhileEnrolled");
CREATE INDEX "IX_StudentSchoolAssociation_ExitWithdrawDate" ON "edfi"."StudentSchoolAssociation" ("ExitWithdrawDate");
CREATE INDEX "IX_StudentSchoolAssociation_FullTimeEquivalency" ON "edfi"."StudentSchoolAssociation" ("FullTimeEquivalency");
CREATE INDEX "IX_StudentSchoolAssociation_PrimarySchool" ON "edfi"."StudentSchoolAssociation" ("PrimarySchool");
CREATE INDEX "IX_StudentSchoolAssociation_RepeatGradeIndicator" ON "edfi"."StudentSchoolAssociation" ("RepeatGradeIndicator");
CREATE INDEX "IX_StudentSchoolAssociation_SchoolChoice" ON "edfi"."StudentSchoolAssociation" ("SchoolChoice");
CREATE INDEX "IX_StudentSchoolAssociation_SchoolChoiceTransfer" ON "edfi"."StudentSchoolAssociation" ("SchoolChoiceTransfer");
CREATE INDEX "IX_StudentSchoolAssociation_TermCompletionIndicator" ON "edfi"."StudentSchoolAssociation" ("TermCompletionIndicator");
CREATE INDEX "IX_StudentSchoolAssociationAlternativeGraduationPlan_A_55f5520c" ON "edfi"."StudentSchoolAssociationAlternativeGraduationPlan" ("AlternativeGraduationPlan_DocumentId");
CREATE INDEX "IX_StudentSchoolAssociationEducationPlan_EducationPlan_b8dbf9ac" ON "edfi"."StudentSchoolAssociationEducationPlan" ("EducationPlanDescriptor_DescriptorId");
CREATE INDEX "IX_StudentSchoolAssociationExtension_MembershipTypeDes_3808cc9c" ON "sample"."StudentSchoolAssociationExtension" ("MembershipTypeDescriptor_DescriptorId");
