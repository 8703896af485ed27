package deploy_test

import (
	"bufio"
	"go/ast"
	"go/parser"
	"go/token"
	"net"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"gopkg.in/yaml.v3"

	"sharechain/internal/testenv"
)

// The machines this project is built on have no Docker, so `docker compose config` cannot
// check deploy/compose.yaml here. TestCompose checks what a typo would break without a
// word from Compose: every variable a sharechain container is given is one its command
// reads, each process listens where its published port points, the writers use the owner
// role and the readers the read-only one, and the telemetry service reaches the broker.
// TestSystemdEnv checks the variables sharechain.env.example suggests per unit the same way.

type composeFile struct {
	Services map[string]composeService `yaml:"services"`
	Volumes  map[string]any            `yaml:"volumes"`
}

type composeService struct {
	Image       string                    `yaml:"image"`
	Command     []string                  `yaml:"command"`
	Environment map[string]string         `yaml:"environment"`
	Ports       []string                  `yaml:"ports"`
	Volumes     []string                  `yaml:"volumes"`
	DependsOn   map[string]map[string]any `yaml:"depends_on"`
}

// sharechainImage is the image compose builds from the root Dockerfile.
const sharechainImage = "sharechain:local"

func TestCompose(t *testing.T) {
	repo, err := testenv.ModuleRoot()
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(filepath.Join(repo, "deploy", "compose.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	var f composeFile
	if err := yaml.Unmarshal(data, &f); err != nil {
		t.Fatalf("compose.yaml: %v", err)
	}
	reads := envReads(t, repo)

	for _, name := range []string{"postgres", "mqtt"} {
		if _, ok := f.Services[name]; !ok {
			t.Errorf("compose.yaml has no service %q", name)
		}
	}
	for _, name := range []string{"migrate", "index", "serve", "keeper", "telemetry"} {
		// the image comes from the x-sharechain anchor: a merge that yaml.v3 did not follow
		// would skip every check below
		if got := f.Services[name].Image; got != sharechainImage {
			t.Errorf("service %q runs image %q, want %s", name, got, sharechainImage)
		}
	}
	owner, api := "postgres://sharechain:", "postgres://sharechain_api:"
	wantDB := map[string]string{"migrate": owner, "index": owner, "telemetry": owner, "serve": api, "keeper": api}
	published := map[string]string{} // host port variable or number → service
	for name, s := range f.Services {
		for _, v := range s.Volumes {
			source, _, _ := strings.Cut(v, ":")
			if strings.HasPrefix(source, "./") {
				if _, err := os.Stat(filepath.Join(repo, "deploy", source)); err != nil {
					t.Errorf("%s mounts %s: %v", name, source, err)
				}
			} else if !strings.HasPrefix(source, "$") && !strings.HasPrefix(source, "/") {
				if _, ok := f.Volumes[source]; !ok {
					t.Errorf("%s mounts the volume %q, which compose.yaml does not declare", name, source)
				}
			}
		}
		for dep := range s.DependsOn {
			if _, ok := f.Services[dep]; !ok {
				t.Errorf("%s depends on %q, which is no service", name, dep)
			}
		}
		listens := map[string]bool{}
		if s.Image == sharechainImage {
			if len(s.Command) == 0 {
				t.Errorf("%s runs the sharechain image without a command", name)
				continue
			}
			cmd := s.Command[0]
			known, ok := reads[cmd]
			if !ok {
				t.Errorf("%s runs `sharechain %s`, which cmd/sharechain does not have", name, cmd)
				continue
			}
			for env, value := range s.Environment {
				if !known[env] {
					t.Errorf("%s sets %s, which `sharechain %s` does not read", name, env, cmd)
				}
				if strings.HasSuffix(env, "_ADDR") {
					_, port, err := net.SplitHostPort(value)
					if err != nil {
						t.Errorf("%s: %s=%q is not host:port", name, env, value)
					}
					listens[port] = true
				}
			}
			if want, ok := wantDB[name]; ok && !strings.HasPrefix(s.Environment["DATABASE_URL"], want) {
				t.Errorf("%s: DATABASE_URL = %q, want the role of %q", name, s.Environment["DATABASE_URL"], want)
			}
		}
		for _, p := range s.Ports {
			// 127.0.0.1:${HTTP_PORT:-8080}:8080: the address, the host port, the container port
			i := strings.LastIndex(p, ":")
			host, container := p[:i], p[i+1:]
			if !strings.HasPrefix(host, "127.0.0.1:") {
				t.Errorf("%s publishes %s beyond the host's loopback", name, p)
			}
			if other, dup := published[host]; dup {
				t.Errorf("%s and %s both publish %s", name, other, host)
			}
			published[host] = name
			if s.Image == sharechainImage && !listens[container] {
				t.Errorf("%s publishes container port %s, where none of its *_ADDR listens", name, container)
			}
		}
	}

	// the telemetry service reaches the broker's listener
	conf := mosquittoConf(t, filepath.Join(repo, "deploy", "mosquitto", "mosquitto.conf"))
	u, err := url.Parse(f.Services["telemetry"].Environment["MQTT_URL"])
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := f.Services[u.Hostname()]; !ok || u.Scheme != "mqtt" {
		t.Errorf("telemetry's MQTT_URL %s names no broker of compose.yaml", u)
	}
	if !slices.Contains(conf["listener"], u.Port()) {
		t.Errorf("telemetry's MQTT_URL port %s is no listener of mosquitto.conf (%q)", u.Port(), conf["listener"])
	}
	// a persistent session whose queue outlives a restart of the service and the broker
	if got := conf["persistence"]; !slices.Equal(got, []string{"true"}) {
		t.Errorf("mosquitto.conf: persistence = %q, want true", got)
	}
	if n, err := strconv.Atoi(first(conf["max_queued_messages"])); err != nil || n < 100_000 {
		t.Errorf("mosquitto.conf: max_queued_messages = %q, want well above the default 1 000", conf["max_queued_messages"])
	}
	if n, err := strconv.Atoi(first(conf["max_inflight_messages"])); err != nil || n < 100 {
		t.Errorf("mosquitto.conf: max_inflight_messages = %q, want a bound well above the default 20", conf["max_inflight_messages"])
	}
}

// TestSystemdEnv checks the units' environment: every variable sharechain.env.example sets
// for all units, or suggests for one unit's own file, is read by a command that file
// reaches, and each unit runs the command its file is named after.
func TestSystemdEnv(t *testing.T) {
	repo, err := testenv.ModuleRoot()
	if err != nil {
		t.Fatal(err)
	}
	reads := envReads(t, repo)
	dir := filepath.Join(repo, "deploy", "systemd")
	units, err := filepath.Glob(filepath.Join(dir, "sharechain-*.service"))
	if err != nil || len(units) == 0 {
		t.Fatalf("no units in %s (%v)", dir, err)
	}
	var commands []string
	for _, u := range units {
		cmd := strings.TrimSuffix(strings.TrimPrefix(filepath.Base(u), "sharechain-"), ".service")
		commands = append(commands, cmd)
		data, err := os.ReadFile(u)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(string(data), "\nExecStart=/usr/local/bin/sharechain "+cmd+"\n") {
			t.Errorf("%s does not run `sharechain %s`", filepath.Base(u), cmd)
		}
	}

	file, err := os.Open(filepath.Join(dir, "sharechain.env.example"))
	if err != nil {
		t.Fatal(err)
	}
	defer file.Close()
	section := regexp.MustCompile(`^# /etc/sharechain/([a-z]+)\.env`)
	setting := regexp.MustCompile(`^#?\s*([A-Z][A-Z0-9_]*)=`)
	unit := "" // "" while the lines are the shared file's own
	sc := bufio.NewScanner(file)
	for sc.Scan() {
		line := sc.Text()
		if m := section.FindStringSubmatch(line); m != nil && m[1] != "sharechain" {
			unit = m[1]
			if !slices.Contains(commands, unit) {
				t.Errorf("sharechain.env.example describes %s.env, but there is no sharechain-%s.service", unit, unit)
			}
			continue
		}
		m := setting.FindStringSubmatch(line)
		if m == nil {
			continue
		}
		env := m[1]
		if unit != "" {
			if !reads[unit][env] {
				t.Errorf("sharechain.env.example: %s.env sets %s, which `sharechain %s` does not read", unit, env, unit)
			}
			continue
		}
		if !slices.ContainsFunc(commands, func(c string) bool { return reads[c][env] }) {
			t.Errorf("sharechain.env.example sets %s for every unit, and none of %q reads it", env, commands)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
}

// envReads returns, per sharechain command, the environment variables its run function
// reads: the flags it declares with envFlag (--database-url reads DATABASE_URL), and what
// it reads with os.Getenv or os.LookupEnv. It reads cmd/sharechain's source, so that a
// renamed flag fails here without building the binary.
func envReads(t *testing.T, repo string) map[string]map[string]bool {
	t.Helper()
	fset := token.NewFileSet()
	dir := filepath.Join(repo, "cmd", "sharechain")
	names, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]map[string]bool{}
	for _, name := range names {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, decl := range f.Decls {
			fn, ok := decl.(*ast.FuncDecl)
			if !ok || fn.Recv != nil || !strings.HasPrefix(fn.Name.Name, "run") || len(fn.Name.Name) == 3 ||
				!unicode.IsUpper(rune(fn.Name.Name[3])) {
				continue
			}
			cmd := strings.ToLower(fn.Name.Name[3:])
			env := map[string]bool{}
			ast.Inspect(fn, func(n ast.Node) bool {
				call, ok := n.(*ast.CallExpr)
				if !ok {
					return true
				}
				switch fun := call.Fun.(type) {
				case *ast.Ident:
					if fun.Name == "envFlag" && len(call.Args) >= 2 {
						if s, ok := stringLit(call.Args[1]); ok {
							env[strings.ToUpper(strings.ReplaceAll(s, "-", "_"))] = true
						}
					}
				case *ast.SelectorExpr:
					if pkg, ok := fun.X.(*ast.Ident); ok && pkg.Name == "os" && (fun.Sel.Name == "Getenv" || fun.Sel.Name == "LookupEnv") && len(call.Args) == 1 {
						if s, ok := stringLit(call.Args[0]); ok {
							env[s] = true
						}
					}
				}
				return true
			})
			out[cmd] = env
		}
	}
	for _, cmd := range []string{"migrate", "index", "serve", "keeper", "telemetry"} {
		if len(out[cmd]) == 0 {
			t.Fatalf("found no environment variables that `sharechain %s` reads in %s: did run%s move?", cmd, dir, strings.ToUpper(cmd[:1])+cmd[1:])
		}
	}
	return out
}

func stringLit(e ast.Expr) (string, bool) {
	lit, ok := e.(*ast.BasicLit)
	if !ok || lit.Kind != token.STRING {
		return "", false
	}
	s, err := strconv.Unquote(lit.Value)
	return s, err == nil
}

// mosquittoConf returns the options of a mosquitto.conf that are not comments, each with
// its values in the order they appear.
func mosquittoConf(t *testing.T, path string) map[string][]string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	conf := map[string][]string{}
	for _, line := range strings.Split(string(data), "\n") {
		fields := strings.Fields(line)
		if len(fields) == 0 || strings.HasPrefix(fields[0], "#") {
			continue
		}
		value := ""
		if len(fields) > 1 {
			value = fields[1]
		}
		conf[fields[0]] = append(conf[fields[0]], value)
	}
	return conf
}

func first(s []string) string {
	if len(s) == 0 {
		return ""
	}
	return s[0]
}
