CREATE TABLE "edfi"."Session" (
    "DocumentId"                  bigint NOT NULL,
    "BeginDate"                   date NOT NULL,
    "EndDate"                     date NOT NULL,
    "School_DocumentId"           bigint NOT NULL,
    "SchoolYearType_DocumentId"   bigint NOT NULL,
    "SessionName"                 varchar(60) NOT NULL,
    "TermDescriptor_DescriptorId" bigint NOT NULL,
    "TotalInstructionalDays"      integer NOT NULL,
    CONSTRAINT "PK_Session" PRIMARY KEY ("DocumentId"),
    CONSTRAINT "FK_Session_Document" FOREIGN KEY ("DocumentId") REFERENCES "dms"."Document" ("DocumentId") ON DELETE CASCADE,
    CONSTRAINT "UX_Session_NaturalKey" UNIQUE ("School_DocumentId", "SchoolYearType_DocumentId", "SessionName")
);

CREATE TABLE "edfi"."SessionAcademicWeek" (
    "Session_DocumentId"      bigint NOT NULL,
    "Ordinal"                 integer NOT NULL,
    "AcademicWeek_DocumentId" bigint NOT NULL,
    CONSTRAINT "PK_SessionAcademicWeek" PRIMARY KEY ("Session_DocumentId", "Ordinal"),
    CONSTRAINT "FK_SessionAcademicWeek_Session" FOREIGN KEY ("Session_DocumentId") REFERENCES "edfi"."Session" ("DocumentId") ON DELETE CASCADE
);

CREATE TABLE "edfi"."SessionGradingPeriod" (
    "Session_DocumentId"       bigint NOT NULL,
    "Ordinal"                  integer NOT NULL,
    "GradingPeriod_DocumentId" bigint NOT NULL,
    CONSTRAINT "PK_SessionGradingPeriod" PRIMARY KEY ("Session_DocumentId", "Ordinal"),
    CONSTRAINT "FK_SessionGradingPeriod_Session" FOREIGN KEY ("Session_DocumentId") REFERENCES "edfi"."Session" ("DocumentId") ON DELETE CASCADE
);

ALTER TABLE "edfi"."Session" ADD CONSTRAINT "FK_Session_School" FOREIGN KEY ("School_DocumentId") REFERENCES "edfi"."School" ("DocumentId");
ALTER TABLE "edfi"."Session" ADD CONSTRAINT "FK_Session_SchoolYearType" FOREIGN KEY ("SchoolYearType_DocumentId") REFERENCES "edfi"."SchoolYearType" ("DocumentId");
ALTER TABLE "edfi"."Session" ADD CONSTRAINT "FK_Session_TermDescriptor" FOREIGN KEY ("TermDescriptor_DescriptorId") REFERENCES "dms"."Descriptor" ("DocumentId");
ALTER TABLE "edfi"."SessionAcademicWeek" ADD CONSTRAINT "FK_SessionAcademicWeek_AcademicWeek" FOREIGN KEY ("AcademicWeek_DocumentId") REFERENCES "edfi"."AcademicWeek" ("DocumentId");
ALTER TABLE "edfi"."SessionGradingPeriod" ADD CONSTRAINT "FK_SessionGradingPeriod_GradingPeriod" FOREIGN KEY ("GradingPeriod_DocumentId") REFERENCES "edfi"."GradingPeriod" ("DocumentId");
CREATE INDEX "IX_Session_SchoolYearType_DocumentId" ON "edfi"."Session" ("SchoolYearType_DocumentId");
CREATE INDEX "IX_Session_TermDescriptor_DescriptorId" ON "edfi"."Session" ("TermDescriptor_DescriptorId");
CREATE INDEX "IX_Session_BeginDate" ON "edfi"."Session" ("BeginDate");
CREATE INDEX "IX_Session_EndDate" ON "edfi"."Session" ("EndDate");
CREATE INDEX "IX_Session_SessionName" ON "edfi"."Session" ("SessionName");
CREATE INDEX "IX_Session_TotalInstructionalDays" ON "edfi"."Session" ("TotalInstructionalDays");
CREATE INDEX "IX_SessionAcademicWeek_AcademicWeek_DocumentId" ON "edfi"."SessionAcademicWeek" ("AcademicWeek_DocumentId");
CREATE INDEX "IX_SessionGradingPeriod_GradingPeriod_DocumentId" ON "edfi"."SessionGradingPeriod" ("GradingPeriod_DocumentId");
