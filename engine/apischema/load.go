package apischema

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"sort"
	"strings"
)

// Effective is the loaded set of projects with resource extensions merged.
type Effective struct {
	FormatVersion string
	Core          *Project
	// Projects: core first, then extension projects sorted by endpoint name.
	Projects []*Project
	// Diagnostics lists everything the loader adapted, in a stable order.
	Diagnostics []Diagnostic
	// Hash is the effective-schema fingerprint (01 §9).
	Hash string

	byName     map[QName]*Resource
	byEndpoint map[string]*Resource // "ed-fi/students"
	abstract   map[QName]*AbstractResource
	projByKey  map[string]*Project // endpoint name and project name
}

// Diagnostic is something in the input the loader could not use as written.
// The engine does not fail on these: it skips what they name (see Skipped).
type Diagnostic struct {
	File     string
	Resource string
	Path     string
	Message  string
	// Skipped says what the loader removed from the effective schema.
	Skipped string
}

func (d Diagnostic) String() string {
	s := fmt.Sprintf("%s: %s", d.File, d.Resource)
	if d.Path != "" {
		s += " " + d.Path
	}
	s += ": " + d.Message
	if d.Skipped != "" {
		s += " (skipped: " + d.Skipped + ")"
	}
	return s
}

// LoadError names the file, resource and JSON path of a problem.
type LoadError struct {
	File     string
	Resource string
	Path     string
	Err      error
}

func (e *LoadError) Error() string {
	var b strings.Builder
	b.WriteString(e.File)
	if e.Resource != "" {
		b.WriteString(": resource ")
		b.WriteString(e.Resource)
	}
	if e.Path != "" {
		b.WriteString(": at ")
		b.WriteString(e.Path)
	}
	b.WriteString(": ")
	b.WriteString(e.Err.Error())
	return b.String()
}

func (e *LoadError) Unwrap() error { return e.Err }

// LoadFiles reads the files and calls Load.
func LoadFiles(paths ...string) (*Effective, error) {
	if len(paths) == 0 {
		return nil, errors.New("apischema: no schema files given (pass the core ApiSchema.json and any extensions)")
	}
	var srcs []Source
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			return nil, fmt.Errorf("apischema: %w", err)
		}
		srcs = append(srcs, Source{Name: p, Data: data})
	}
	return Load(srcs...)
}

// Source is one ApiSchema document.
type Source struct {
	Name string
	Data []byte
}

// Load parses the documents (exactly one core project, any number of
// extension projects, in any order), merges resource extensions, validates
// and fingerprints the result.
func Load(srcs ...Source) (*Effective, error) {
	e := &Effective{
		byName:     map[QName]*Resource{},
		byEndpoint: map[string]*Resource{},
		abstract:   map[QName]*AbstractResource{},
		projByKey:  map[string]*Project{},
	}
	var exts []*Project
	for _, src := range srcs {
		p, err := parseProject(src)
		if err != nil {
			return nil, err
		}
		if e.FormatVersion == "" {
			e.FormatVersion = p.APISchemaVersion
		} else if p.APISchemaVersion != e.FormatVersion {
			return nil, &LoadError{File: p.File, Path: "$.apiSchemaVersion",
				Err: fmt.Errorf("apiSchemaVersion %q differs from %q of the other files", p.APISchemaVersion, e.FormatVersion)}
		}
		if p.IsExtension {
			exts = append(exts, p)
			continue
		}
		if e.Core != nil {
			return nil, &LoadError{File: p.File, Path: "$.projectSchema.isExtensionProject",
				Err: fmt.Errorf("a second core project (%s already loaded from %s)", e.Core.ProjectName, e.Core.File)}
		}
		e.Core = p
	}
	if e.Core == nil {
		return nil, errors.New("apischema: no core project (isExtensionProject=false) among the files")
	}
	sort.Slice(exts, func(i, j int) bool { return exts[i].EndpointName < exts[j].EndpointName })
	e.Projects = append([]*Project{e.Core}, exts...)
	for _, p := range e.Projects {
		for _, key := range []string{p.EndpointName, p.ProjectName} {
			if other, dup := e.projByKey[key]; dup && other != p {
				return nil, &LoadError{File: p.File, Err: fmt.Errorf("project %q collides with %s", key, other.File)}
			}
			e.projByKey[key] = p
		}
	}
	for _, p := range e.Projects {
		for _, a := range p.Abstract {
			e.abstract[a.QName()] = a
		}
		for _, r := range p.Resources {
			if r.IsResourceExtension {
				continue
			}
			e.byName[r.QName()] = r
			e.byEndpoint[p.EndpointName+"/"+r.EndpointName] = r
		}
	}
	for _, p := range exts {
		for _, r := range p.Resources {
			if r.IsResourceExtension {
				if err := e.mergeExtension(r); err != nil {
					return nil, err
				}
			}
		}
	}
	if err := e.resolveReferences(); err != nil {
		return nil, err
	}
	for _, p := range e.Projects {
		for _, r := range p.Resources {
			if !r.IsSubclass || r.IsResourceExtension {
				continue
			}
			a := e.abstract[r.Superclass()]
			if a == nil {
				return nil, &LoadError{File: p.File, Resource: r.Name, Path: "$.superclassResourceName",
					Err: fmt.Errorf("superclass %s is not an abstract resource of any loaded project", r.Superclass())}
			}
			a.Members = append(a.Members, r)
		}
	}
	for _, a := range e.abstract {
		sort.Slice(a.Members, func(i, j int) bool {
			x, y := a.Members[i].QName(), a.Members[j].QName()
			if x.Project != y.Project {
				return x.Project < y.Project
			}
			return x.Resource < y.Resource
		})
	}
	h, err := e.fingerprint()
	if err != nil {
		return nil, err
	}
	e.Hash = h
	return e, nil
}

// Resource finds a concrete resource by ApiSchema names.
func (e *Effective) Resource(q QName) *Resource { return e.byName[q] }

// ResourceByEndpoint finds a resource by URL segments ("ed-fi", "students").
// Endpoint names are matched case-insensitively as the Ed-Fi API does.
func (e *Effective) ResourceByEndpoint(project, resource string) *Resource {
	if r := e.byEndpoint[project+"/"+resource]; r != nil {
		return r
	}
	for k, r := range e.byEndpoint {
		if strings.EqualFold(k, project+"/"+resource) {
			return r
		}
	}
	return nil
}

// Abstract finds an abstract resource.
func (e *Effective) Abstract(q QName) *AbstractResource { return e.abstract[q] }

// ProjectByKey finds a project by endpoint name or project name.
func (e *Effective) ProjectByKey(key string) *Project { return e.projByKey[key] }

// Resources returns every concrete resource (descriptors included), projects
// in Projects order, resources in name order.
func (e *Effective) Resources() []*Resource {
	var out []*Resource
	for _, p := range e.Projects {
		var rs []*Resource
		for _, r := range p.Resources {
			if !r.IsResourceExtension {
				rs = append(rs, r)
			}
		}
		sort.Slice(rs, func(i, j int) bool { return rs[i].Name < rs[j].Name })
		out = append(out, rs...)
	}
	return out
}

// AbstractResources returns every abstract resource in project, name order.
func (e *Effective) AbstractResources() []*AbstractResource {
	var out []*AbstractResource
	for _, p := range e.Projects {
		out = append(out, p.Abstract...)
	}
	return out
}

// fingerprint implements 01 §9.1.
func (e *Effective) fingerprint() (string, error) {
	projects := append([]*Project(nil), e.Projects...)
	sort.Slice(projects, func(i, j int) bool { return projects[i].EndpointName < projects[j].EndpointName })
	lines := []string{"dms-effective-schema-hash:v1", "relational-mapping:v1", "apiSchemaFormatVersion=" + e.FormatVersion}
	for _, p := range projects {
		ph, err := projectHash(p.raw)
		if err != nil {
			return "", &LoadError{File: p.File, Err: fmt.Errorf("fingerprint: %w", err)}
		}
		lines = append(lines, fmt.Sprintf("%s|%s|%s|%t|%s", p.EndpointName, p.ProjectName, p.Version, p.IsExtension, ph))
	}
	sum := sha256.Sum256([]byte(strings.Join(lines, "\n")))
	return hex.EncodeToString(sum[:]), nil
}

func projectHash(raw []byte) (string, error) {
	var m map[string]json.RawMessage
	if err := json.Unmarshal(raw, &m); err != nil {
		return "", err
	}
	delete(m, "openApiBaseDocuments")
	if rsRaw, ok := m["resourceSchemas"]; ok {
		var rs map[string]map[string]json.RawMessage
		if err := json.Unmarshal(rsRaw, &rs); err != nil {
			return "", err
		}
		for _, r := range rs {
			delete(r, "openApiFragments")
		}
		b, err := json.Marshal(rs)
		if err != nil {
			return "", err
		}
		m["resourceSchemas"] = b
	}
	b, err := json.Marshal(m)
	if err != nil {
		return "", err
	}
	c, err := canonicalJSON(b)
	if err != nil {
		return "", err
	}
	sum := sha256.Sum256(c)
	return hex.EncodeToString(sum[:]), nil
}

// ---- parsing ----

type rawFile struct {
	APISchemaVersion string          `json:"apiSchemaVersion"`
	ProjectSchema    json.RawMessage `json:"projectSchema"`
	ProjectSchemas   json.RawMessage `json:"projectSchemas"`
}

type rawProject struct {
	ProjectName                *string                    `json:"projectName"`
	ProjectEndpointName        *string                    `json:"projectEndpointName"`
	ProjectVersion             string                     `json:"projectVersion"`
	Description                string                     `json:"description"`
	IsExtensionProject         bool                       `json:"isExtensionProject"`
	AbstractResources          map[string]rawAbstract     `json:"abstractResources"`
	ResourceSchemas            map[string]json.RawMessage `json:"resourceSchemas"`
	EducationOrganizationTypes []string                   `json:"educationOrganizationTypes"`
}

type rawAbstract struct {
	IdentityJSONPaths []string `json:"identityJsonPaths"`
}

type rawResource struct {
	ResourceName               *string                      `json:"resourceName"`
	IsDescriptor               bool                         `json:"isDescriptor"`
	IsSchoolYearEnumeration    bool                         `json:"isSchoolYearEnumeration"`
	IsResourceExtension        bool                         `json:"isResourceExtension"`
	AllowIdentityUpdates       bool                         `json:"allowIdentityUpdates"`
	IsSubclass                 bool                         `json:"isSubclass"`
	SubclassType               string                       `json:"subclassType"`
	SuperclassProjectName      string                       `json:"superclassProjectName"`
	SuperclassResourceName     string                       `json:"superclassResourceName"`
	SuperclassIdentityJSONPath string                       `json:"superclassIdentityJsonPath"`
	IdentityJSONPaths          *[]string                    `json:"identityJsonPaths"`
	DocumentPathsMapping       *map[string]rawDocumentPath  `json:"documentPathsMapping"`
	QueryFieldMapping          map[string][]rawQueryPath    `json:"queryFieldMapping"`
	NumericJSONPaths           []string                     `json:"numericJsonPaths"`
	BooleanJSONPaths           []string                     `json:"booleanJsonPaths"`
	DateJSONPaths              []string                     `json:"dateJsonPaths"`
	DateTimeJSONPaths          []string                     `json:"dateTimeJsonPaths"`
	DecimalInfos               []DecimalInfo                `json:"decimalPropertyValidationInfos"`
	ArrayUniqueness            json.RawMessage              `json:"arrayUniquenessConstraints"`
	EqualityConstraints        []rawEquality                `json:"equalityConstraints"`
	Relational                 *rawRelational               `json:"relational"`
	CommonExtensionOverrides   []rawCommonExtensionOverride `json:"commonExtensionOverrides"`
	JSONSchemaForInsert        json.RawMessage              `json:"jsonSchemaForInsert"`
}

type rawDocumentPath struct {
	IsReference        bool               `json:"isReference"`
	IsDescriptor       bool               `json:"isDescriptor"`
	Path               string             `json:"path"`
	Type               string             `json:"type"`
	ProjectName        string             `json:"projectName"`
	ResourceName       string             `json:"resourceName"`
	ReferenceJSONPaths []rawReferencePath `json:"referenceJsonPaths"`
	IsPartOfIdentity   *bool              `json:"isPartOfIdentity"`
	IsRequired         *bool              `json:"isRequired"`
}

type rawReferencePath struct {
	ReferenceJSONPath string `json:"referenceJsonPath"`
	IdentityJSONPath  string `json:"identityJsonPath"`
	Type              string `json:"type"`
}

type rawQueryPath struct {
	Path string `json:"path"`
	Type string `json:"type"`
}

type rawEquality struct {
	SourceJSONPath string `json:"sourceJsonPath"`
	TargetJSONPath string `json:"targetJsonPath"`
}

type rawRelational struct {
	RootTableNameOverride string            `json:"rootTableNameOverride"`
	NameOverrides         map[string]string `json:"nameOverrides"`
}

type rawCommonExtensionOverride struct {
	InsertionLocations  []string        `json:"insertionLocations"`
	ProjectEndpointName string          `json:"projectEndpointName"`
	SchemaFragment      json.RawMessage `json:"schemaFragment"`
}

func parseProject(src Source) (*Project, error) {
	fail := func(res, path string, err error) error {
		return &LoadError{File: src.Name, Resource: res, Path: path, Err: err}
	}
	var f rawFile
	if err := json.Unmarshal(src.Data, &f); err != nil {
		return nil, fail("", "", fmt.Errorf("not valid JSON: %w", err))
	}
	if f.APISchemaVersion == "" {
		return nil, fail("", "$.apiSchemaVersion", errors.New("missing"))
	}
	if len(f.ProjectSchema) == 0 {
		if len(f.ProjectSchemas) > 0 {
			return nil, fail("", "$.projectSchemas", errors.New("the multi-project projectSchemas map is not supported; give one file per project with a projectSchema object"))
		}
		return nil, fail("", "$.projectSchema", errors.New("missing"))
	}
	var rp rawProject
	if err := json.Unmarshal(f.ProjectSchema, &rp); err != nil {
		return nil, fail("", "$.projectSchema", err)
	}
	if rp.ProjectName == nil || *rp.ProjectName == "" {
		return nil, fail("", "$.projectSchema.projectName", errors.New("missing"))
	}
	if rp.ProjectEndpointName == nil || *rp.ProjectEndpointName == "" {
		return nil, fail("", "$.projectSchema.projectEndpointName", errors.New("missing"))
	}
	if rp.ResourceSchemas == nil {
		return nil, fail("", "$.projectSchema.resourceSchemas", errors.New("missing"))
	}
	p := &Project{
		File: src.Name, APISchemaVersion: f.APISchemaVersion,
		ProjectName: *rp.ProjectName, EndpointName: *rp.ProjectEndpointName,
		Version: rp.ProjectVersion, Description: rp.Description, IsExtension: rp.IsExtensionProject,
		EducationOrganizationTypes: rp.EducationOrganizationTypes,
		raw:                        f.ProjectSchema,
	}
	var absNames []string
	for n := range rp.AbstractResources {
		absNames = append(absNames, n)
	}
	sort.Strings(absNames)
	for _, n := range absNames {
		a := &AbstractResource{Project: p, Name: n}
		for i, s := range rp.AbstractResources[n].IdentityJSONPaths {
			path, err := ParsePath(s)
			if err != nil {
				return nil, fail(n, fmt.Sprintf("$.projectSchema.abstractResources.%s.identityJsonPaths[%d]", n, i), err)
			}
			a.IdentityJSONPaths = append(a.IdentityJSONPaths, path)
		}
		if len(a.IdentityJSONPaths) == 0 {
			return nil, fail(n, "$.projectSchema.abstractResources."+n, errors.New("abstract resource without identityJsonPaths"))
		}
		p.Abstract = append(p.Abstract, a)
	}
	var endpoints []string
	for k := range rp.ResourceSchemas {
		endpoints = append(endpoints, k)
	}
	sort.Strings(endpoints)
	for _, ep := range endpoints {
		r, err := parseResource(p, ep, rp.ResourceSchemas[ep])
		if err != nil {
			var le *LoadError
			if errors.As(err, &le) {
				le.File = src.Name
				return nil, le
			}
			return nil, fail(ep, "", err)
		}
		p.Resources = append(p.Resources, r)
	}
	return p, nil
}

func parseResource(p *Project, endpoint string, data json.RawMessage) (*Resource, error) {
	base := "$.projectSchema.resourceSchemas." + endpoint
	fail := func(path string, err error) error {
		return &LoadError{Resource: endpoint, Path: base + path, Err: err}
	}
	var rr rawResource
	dec := json.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&rr); err != nil {
		return nil, fail("", err)
	}
	if rr.ResourceName == nil || *rr.ResourceName == "" {
		return nil, fail(".resourceName", errors.New("missing"))
	}
	if len(rr.JSONSchemaForInsert) == 0 {
		return nil, fail(".jsonSchemaForInsert", errors.New("missing"))
	}
	if rr.IdentityJSONPaths == nil {
		return nil, fail(".identityJsonPaths", errors.New("missing"))
	}
	if rr.DocumentPathsMapping == nil {
		return nil, fail(".documentPathsMapping", errors.New("missing"))
	}
	r := &Resource{
		Project: p, EndpointName: endpoint, Name: *rr.ResourceName,
		IsDescriptor: rr.IsDescriptor, IsSchoolYearEnumeration: rr.IsSchoolYearEnumeration,
		IsResourceExtension: rr.IsResourceExtension, AllowIdentityUpdates: rr.AllowIdentityUpdates,
		IsSubclass: rr.IsSubclass, SubclassType: rr.SubclassType,
		SuperclassProjectName: rr.SuperclassProjectName, SuperclassResourceName: rr.SuperclassResourceName,
		SuperclassIdentityJSONPath: rr.SuperclassIdentityJSONPath,
		NumericJSONPaths:           rr.NumericJSONPaths, BooleanJSONPaths: rr.BooleanJSONPaths,
		DateJSONPaths: rr.DateJSONPaths, DateTimeJSONPaths: rr.DateTimeJSONPaths,
		DecimalInfos: rr.DecimalInfos,
	}
	if r.IsSubclass {
		if r.SuperclassResourceName == "" || r.SuperclassProjectName == "" {
			return nil, fail(".superclassResourceName", errors.New("subclass without superclassProjectName/superclassResourceName"))
		}
		switch r.SubclassType {
		case "domainEntity":
			if _, err := ParsePath(r.SuperclassIdentityJSONPath); err != nil {
				return nil, fail(".superclassIdentityJsonPath", err)
			}
		case "association":
		default:
			return nil, fail(".subclassType", fmt.Errorf("unknown subclassType %q", r.SubclassType))
		}
	}
	for i, s := range *rr.IdentityJSONPaths {
		path, err := ParsePath(s)
		if err != nil {
			return nil, fail(fmt.Sprintf(".identityJsonPaths[%d]", i), err)
		}
		r.IdentityJSONPaths = append(r.IdentityJSONPaths, path)
	}
	keys := make([]string, 0, len(*rr.DocumentPathsMapping))
	for k := range *rr.DocumentPathsMapping {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		dp, err := parseDocumentPath(k, (*rr.DocumentPathsMapping)[k])
		if err != nil {
			return nil, fail(".documentPathsMapping."+k, err)
		}
		r.DocumentPaths = append(r.DocumentPaths, dp)
	}
	terms := make([]string, 0, len(rr.QueryFieldMapping))
	for t := range rr.QueryFieldMapping {
		terms = append(terms, t)
	}
	sort.Strings(terms)
	for _, t := range terms {
		qf := &QueryField{Term: t}
		for i, qp := range rr.QueryFieldMapping[t] {
			path, err := ParsePath(qp.Path)
			if err != nil {
				return nil, fail(fmt.Sprintf(".queryFieldMapping.%s[%d]", t, i), err)
			}
			qf.Paths = append(qf.Paths, QueryPath{Path: path, Type: qp.Type})
		}
		r.QueryFields = append(r.QueryFields, qf)
	}
	if len(rr.ArrayUniqueness) > 0 && string(rr.ArrayUniqueness) != "null" {
		cs, err := parseUniqueness(rr.ArrayUniqueness)
		if err != nil {
			return nil, fail(".arrayUniquenessConstraints", err)
		}
		r.ArrayUniqueness = cs
	}
	for _, eq := range rr.EqualityConstraints {
		r.EqualityConstraints = append(r.EqualityConstraints, EqualityConstraint{Source: eq.SourceJSONPath, Target: eq.TargetJSONPath})
	}
	if rr.Relational != nil {
		r.Relational = &Relational{RootTableNameOverride: rr.Relational.RootTableNameOverride, NameOverrides: rr.Relational.NameOverrides}
		for k := range r.Relational.NameOverrides {
			if _, err := ParsePath(k); err != nil {
				return nil, fail(".relational.nameOverrides", err)
			}
		}
	}
	schema, err := ParseSchema(rr.JSONSchemaForInsert)
	if err != nil {
		return nil, fail(".jsonSchemaForInsert", err)
	}
	r.JSONSchema = schema
	for i, ceo := range rr.CommonExtensionOverrides {
		frag, err := ParseSchema(ceo.SchemaFragment)
		if err != nil {
			return nil, fail(fmt.Sprintf(".commonExtensionOverrides[%d].schemaFragment", i), err)
		}
		r.CommonExtensionOverrides = append(r.CommonExtensionOverrides, CommonExtensionOverride{
			InsertionLocations: ceo.InsertionLocations, ProjectEndpointName: ceo.ProjectEndpointName, SchemaFragment: frag})
	}
	if r.IsResourceExtension {
		r.extRootRequired = schema.Required
	}
	return r, nil
}

func parseDocumentPath(key string, rd rawDocumentPath) (*DocumentPath, error) {
	dp := &DocumentPath{Key: key, IsReference: rd.IsReference, IsDescriptor: rd.IsDescriptor, Type: rd.Type,
		IsPartOfIdentity: rd.IsPartOfIdentity, IsRequired: rd.IsRequired}
	switch {
	case !rd.IsReference || rd.IsDescriptor:
		p, err := ParsePath(rd.Path)
		if err != nil {
			return nil, fmt.Errorf("path: %w", err)
		}
		dp.Path = p
		if rd.IsDescriptor {
			if rd.ProjectName == "" || rd.ResourceName == "" {
				return nil, errors.New("descriptor without projectName/resourceName")
			}
			dp.Target = QName{rd.ProjectName, rd.ResourceName}
		}
	default:
		if rd.ProjectName == "" || rd.ResourceName == "" {
			return nil, errors.New("reference without projectName/resourceName")
		}
		if len(rd.ReferenceJSONPaths) == 0 {
			return nil, errors.New("reference without referenceJsonPaths")
		}
		dp.Target = QName{rd.ProjectName, rd.ResourceName}
		var parent string
		for i, rp := range rd.ReferenceJSONPaths {
			ref, err := ParsePath(rp.ReferenceJSONPath)
			if err != nil {
				return nil, fmt.Errorf("referenceJsonPaths[%d].referenceJsonPath: %w", i, err)
			}
			id, err := ParsePath(rp.IdentityJSONPath)
			if err != nil {
				return nil, fmt.Errorf("referenceJsonPaths[%d].identityJsonPath: %w", i, err)
			}
			if len(ref.Segs) < 2 || ref.Segs[len(ref.Segs)-1].AnyElem {
				return nil, fmt.Errorf("referenceJsonPaths[%d]: %q is not a field of a reference object", i, ref.Canonical)
			}
			if i == 0 {
				parent = ref.Parent().Canonical
			} else if ref.Parent().Canonical != parent {
				return nil, fmt.Errorf("referenceJsonPaths[%d]: %q is not inside the reference object %s", i, ref.Canonical, parent)
			}
			dp.ReferencePaths = append(dp.ReferencePaths, ReferencePath{ReferenceJSONPath: ref, IdentityJSONPath: id, Type: rp.Type})
		}
	}
	return dp, nil
}

func parseUniqueness(raw json.RawMessage) ([]UniquenessConstraint, error) {
	// Newer MetaEd: objects {paths, nestedConstraints}; older: [][]string.
	var objs []struct {
		Paths             []string `json:"paths"`
		NestedConstraints []struct {
			BasePath string   `json:"basePath"`
			Paths    []string `json:"paths"`
		} `json:"nestedConstraints"`
	}
	if err := json.Unmarshal(raw, &objs); err == nil {
		var out []UniquenessConstraint
		for _, o := range objs {
			c := UniquenessConstraint{Paths: o.Paths}
			for _, n := range o.NestedConstraints {
				c.Nested = append(c.Nested, NestedUniqueness{BasePath: n.BasePath, Paths: n.Paths})
			}
			out = append(out, c)
		}
		return out, nil
	}
	var lists [][]string
	if err := json.Unmarshal(raw, &lists); err != nil {
		return nil, errors.New("neither a list of {paths, nestedConstraints} objects nor a list of path lists")
	}
	var out []UniquenessConstraint
	for _, l := range lists {
		out = append(out, UniquenessConstraint{Paths: l})
	}
	return out, nil
}
