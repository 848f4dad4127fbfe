#!/usr/bin/env python3
"""Writes test/fixtures/go/medium: a Go 1.22 service of ~50 packages (40 of its own, 10 in
vendored modules of its own), for the benchmark and the cache tests. Deterministic: running it
again gives the same files. No downloads: the modules live in vendor/ with a modules.txt."""
import os, shutil, sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'test', 'fixtures', 'go', 'medium')
MODULE = 'example.com/medium'
OWN = 40
VENDORED = {  # module -> packages (relative, '' is the module root)
    'example.com/vend/codec': ['', 'base32x', 'varint'],
    'example.com/vend/store': ['', 'lru', 'ring'],
    'example.com/vend/textx': ['', 'wrap'],
    'example.com/vend/mathx': ['', 'stats'],
}


def body(pkg, imports, seed):
    """A package with enough code that compiling it takes a measurable moment."""
    lines = [f'// Package {pkg} is generated benchmark code (seed {seed}).', f'package {pkg}', '', 'import (']
    std = ['fmt', 'sort', 'strings', 'encoding/json', 'strconv']
    for i in std + imports:
        lines.append(f'\t"{i}"')
    lines += [')', '']
    lines += [
        'var _ = fmt.Sprint',
        'var _ = sort.Ints',
        'var _ = strings.ToUpper',
        'var _ = json.Marshal',
        'var _ = strconv.Itoa',
    ]
    lines += [f'var _ = {i.rsplit("/", 1)[1]}.Score0' for i in imports]
    lines.append('')
    for n in range(12):
        lines += [
            f'// Item{n} is a record of generated fields.',
            f'type Item{n} struct {{',
            '\tName  string            `json:"name"`',
            '\tCount int               `json:"count"`',
            '\tTags  []string          `json:"tags"`',
            '\tAttrs map[string]string `json:"attrs"`',
            '}',
            '',
            f'// Score{n} folds an item into a number.',
            f'func Score{n}(it Item{n}) int {{',
            f'\ts := it.Count*{seed + n + 1} + len(it.Name)',
            '\tfor i, t := range it.Tags {',
            '\t\ts += (i + 1) * len(strings.TrimSpace(t))',
            '\t}',
            '\tkeys := make([]string, 0, len(it.Attrs))',
            '\tfor k := range it.Attrs {',
            '\t\tkeys = append(keys, k)',
            '\t}',
            '\tsort.Strings(keys)',
            '\tfor _, k := range keys {',
            '\t\tv, err := strconv.Atoi(it.Attrs[k])',
            '\t\tif err == nil {',
            '\t\t\ts += v',
            '\t\t}',
            '\t}',
            '\treturn s',
            '}',
            '',
            f'// Encode{n} renders an item as JSON.',
            f'func Encode{n}(it Item{n}) string {{',
            '\tb, err := json.Marshal(it)',
            '\tif err != nil {',
            '\t\treturn fmt.Sprintf("error: %v", err)',
            '\t}',
            '\treturn string(b)',
            '}',
            '',
        ]
    return '\n'.join(lines) + '\n'


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'w') as f:
        f.write(text)


def main():
    if os.path.exists(ROOT):
        shutil.rmtree(ROOT)
    # Vendored modules: every package uses the module's root package (when it is not the root).
    modules_txt = []
    vend_imports = []
    seed = 100
    for mod, pkgs in VENDORED.items():
        modules_txt += [f'# {mod} v1.0.0', '## explicit; go 1.22']
        for p in pkgs:
            ipath = f'{mod}/{p}' if p else mod
            name = (p or mod.rsplit('/', 1)[1]).replace('-', '')
            imports = [mod] if p else []
            seed += 1
            write(os.path.join(ROOT, 'vendor', ipath, f'{name}.go'), body(name, imports, seed))
            modules_txt.append(ipath)
            vend_imports.append(ipath)
    write(os.path.join(ROOT, 'vendor', 'modules.txt'), '\n'.join(modules_txt) + '\n')
    # Own packages: a chain of layers, each importing two of the layer below and one vendored package.
    for i in range(OWN):
        imports = []
        if i >= 4:
            imports += [f'{MODULE}/internal/p{i - 4:02d}', f'{MODULE}/internal/p{i - 3:02d}']
        imports.append(vend_imports[i % len(vend_imports)])
        write(os.path.join(ROOT, 'internal', f'p{i:02d}', f'p{i:02d}.go'), body(f'p{i:02d}', imports, i))
    requires = '\n'.join(f'\t{m} v1.0.0' for m in VENDORED)
    write(os.path.join(ROOT, 'go.mod'), f'module {MODULE}\n\ngo 1.22\n\nrequire (\n{requires}\n)\n')
    tops = [f'{MODULE}/internal/p{i:02d}' for i in range(OWN - 4, OWN)]
    main_go = ['// Command medium is gantry\'s benchmark service: ~50 packages, vendored modules.', 'package main', '', 'import (',
               '\t"fmt"', '\t"net/http"', '\t"os"', '']
    main_go += [f'\t"{t}"' for t in tops]
    main_go += [')', '', 'var version = "dev"', '', 'func main() {',
                '\tport := os.Getenv("PORT")', '\tif port == "" {', '\t\tport = "8080"', '\t}',
                '\thttp.HandleFunc("/", func(w http.ResponseWriter, _ *http.Request) {',
                '\t\ttotal := 0']
    for t in tops:
        p = t.rsplit('/', 1)[1]
        main_go.append(f'\t\ttotal += {p}.Score0({p}.Item0{{Name: "x", Count: 1}})')
    main_go += ['\t\tfmt.Fprintf(w, "{\\"service\\":\\"medium\\",\\"version\\":%q,\\"total\\":%d}\\n", version, total)',
                '\t})', '\t// edit-line: the benchmark changes this line', '\t_ = 0',
                '\tif err := http.ListenAndServe(":"+port, nil); err != nil {', '\t\tfmt.Fprintln(os.Stderr, err)', '\t\tos.Exit(1)', '\t}', '}']
    write(os.path.join(ROOT, 'main.go'), '\n'.join(main_go) + '\n')
    write(os.path.join(ROOT, 'README.md'), 'Generated by bench/make-medium-fixture.py: do not edit by hand.\n')


if __name__ == '__main__':
    sys.exit(main())
