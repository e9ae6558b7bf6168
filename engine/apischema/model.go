// Package apischema loads Ed-Fi ApiSchema.json files (one core project plus
// any number of extension projects) into a typed model, merges resource
// extensions into the core resources they extend (the "effective schema"),
// validates what the engine relies on and computes the effective-schema
// fingerprint recorded in the database.
package apischema

// QName names a resource across projects: ApiSchema projectName (e.g.
// "Ed-Fi", not the endpoint "ed-fi") plus resourceName.
type QName struct {
	Project  string
	Resource string
}

func (q QName) String() string { return q.Project + "." + q.Resource }

// Project is one ApiSchema file's projectSchema.
type Project struct {
	File             string
	APISchemaVersion string
	ProjectName      string // hashed into ReferentialIds ("Ed-Fi")
	EndpointName     string // URL segment and ProjectNamespace ("ed-fi")
	Version          string
	Description      string
	IsExtension      bool

	// Abstract resources in name order.
	Abstract []*AbstractResource
	// Resources in resourceSchemas key order (sorted by endpoint name).
	Resources []*Resource
	// EducationOrganizationTypes as listed by the file.
	EducationOrganizationTypes []string

	// raw is the projectSchema bytes, the input of the fingerprint.
	raw []byte
}

// AbstractResource is an entry of projectSchema.abstractResources.
type AbstractResource struct {
	Project           *Project
	Name              string
	IdentityJSONPaths []Path
	// Members are the concrete subclasses found across all loaded projects,
	// sorted by (project, resource name). Filled by Load.
	Members []*Resource
}

// QName of the abstract resource.
func (a *AbstractResource) QName() QName { return QName{a.Project.ProjectName, a.Name} }

// Resource is one entry of resourceSchemas. After Load, a core resource that
// an extension project extends carries the merged (effective) schema.
type Resource struct {
	Project      *Project
	EndpointName string // "students"
	Name         string // "Student"

	IsDescriptor            bool
	IsSchoolYearEnumeration bool
	IsResourceExtension     bool
	AllowIdentityUpdates    bool

	IsSubclass                 bool
	SubclassType               string // "domainEntity" | "association"
	SuperclassProjectName      string
	SuperclassResourceName     string
	SuperclassIdentityJSONPath string

	IdentityJSONPaths []Path
	DocumentPaths     []*DocumentPath // sorted by Key
	QueryFields       []*QueryField   // sorted by Term

	NumericJSONPaths  []string
	BooleanJSONPaths  []string
	DateJSONPaths     []string // absent in DS 5.1
	DateTimeJSONPaths []string

	DecimalInfos        []DecimalInfo
	ArrayUniqueness     []UniquenessConstraint
	EqualityConstraints []EqualityConstraint
	Relational          *Relational

	CommonExtensionOverrides []CommonExtensionOverride

	// Required list that sits at the extension schema's root but belongs to
	// _ext.{project} (see 01 §7.1); only on isResourceExtension resources.
	extRootRequired []string

	JSONSchema *Schema

	// Extensions lists the extension projects merged into this resource.
	Extensions []*Project
	// ExtensionRelational holds the relational blocks of merged resource
	// extensions, keyed by extension project endpoint name.
	ExtensionRelational map[string]*Relational
}

// QName of the resource.
func (r *Resource) QName() QName { return QName{r.Project.ProjectName, r.Name} }

// Superclass returns the superclass name, or the zero QName.
func (r *Resource) Superclass() QName {
	if !r.IsSubclass {
		return QName{}
	}
	return QName{r.SuperclassProjectName, r.SuperclassResourceName}
}

// IsIdentityPath reports whether p is one of the resource's identity paths.
func (r *Resource) IsIdentityPath(p string) bool {
	for _, ip := range r.IdentityJSONPaths {
		if ip.Canonical == p {
			return true
		}
	}
	return false
}

// DocumentPath is one documentPathsMapping entry.
type DocumentPath struct {
	Key            string // MetaEd name, e.g. "EntryDate", "Address.Complex"
	IsReference    bool
	IsDescriptor   bool
	Path           Path   // scalars and descriptors
	Type           string // "string","number","boolean","date","date-time","time" (scalars, descriptors)
	Target         QName  // references and descriptors
	ReferencePaths []ReferencePath
	// IsPartOfIdentity / IsRequired are present only in newer files.
	IsPartOfIdentity *bool
	IsRequired       *bool
}

// ReferencePath maps a field of a reference object to the target's identity.
type ReferencePath struct {
	ReferenceJSONPath Path // in this document
	IdentityJSONPath  Path // in the target document
	Type              string
}

// ReferenceObjectPath is the reference object's path: the common parent of
// its referenceJsonPaths.
func (d *DocumentPath) ReferenceObjectPath() Path {
	if len(d.ReferencePaths) == 0 {
		return Path{}
	}
	return d.ReferencePaths[0].ReferenceJSONPath.Parent()
}

// QueryField is one queryFieldMapping term.
type QueryField struct {
	Term  string
	Paths []QueryPath
}

// QueryPath is a path a query term filters on.
type QueryPath struct {
	Path Path
	Type string
}

// DecimalInfo is a decimalPropertyValidationInfos entry.
type DecimalInfo struct {
	Path          string
	TotalDigits   int
	DecimalPlaces int
}

// UniquenessConstraint is an arrayUniquenessConstraints entry.
type UniquenessConstraint struct {
	Paths  []string
	Nested []NestedUniqueness
}

// NestedUniqueness has paths relative to one element of BasePath.
type NestedUniqueness struct {
	BasePath string
	Paths    []string
}

// EqualityConstraint is an equalityConstraints entry.
type EqualityConstraint struct {
	Source string
	Target string
}

// Relational is the optional naming-override block.
type Relational struct {
	RootTableNameOverride string
	NameOverrides         map[string]string
}

// CommonExtensionOverride inserts a scope-level _ext schema into the core
// resource's schema at the given locations.
type CommonExtensionOverride struct {
	InsertionLocations  []string
	ProjectEndpointName string
	SchemaFragment      *Schema
}
