// Validates rendered manifests (multi-document YAML files given as arguments):
//  1. every built-in object against the Kubernetes OpenAPI schemas shipped by kubernetes-models;
//  2. every custom resource against schemas/crds.json (hand-written, see its $comment);
//  3. the project's rules: probes, resources, non-root, secrets only by reference.
// Prints each failure and exits 1 if there was any.
import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';
import Ajv from 'ajv';

const here = dirname(fileURLToPath(import.meta.url));
const crds = JSON.parse(readFileSync(join(here, 'schemas', 'crds.json'), 'utf8'));
const ajv = new Ajv({ allErrors: true, strict: false });
ajv.addSchema({ $id: 'crds', definitions: crds.definitions });
const crdValidators = {};
for (const [key, schema] of Object.entries(crds.kinds)) {
  crdValidators[key] = ajv.compile(JSON.parse(JSON.stringify(schema).replaceAll('"#/definitions/', '"crds#/definitions/')));
}

const failures = [];
const fail = (where, msg) => failures.push(`${where}: ${msg}`);
const MIB = { Ki: 1 / 1024, Mi: 1, Gi: 1024 };
const mib = (q) => { const m = /^(\d+(?:\.\d+)?)(Ki|Mi|Gi)?$/.exec(String(q)); return m ? Number(m[1]) * (MIB[m[2]] ?? 1 / 1048576) : NaN; };
const SECRETISH = /PASSWORD|SECRET|_KEY$|TOKEN|CREDENTIAL/i;

async function builtIn(obj) {
  const group = obj.apiVersion.includes('/') ? obj.apiVersion : obj.apiVersion; // "v1" or "group/version"
  let mod;
  try { mod = await import(`kubernetes-models/${group}`); } catch { return null; }
  return mod[obj.kind] ?? null;
}

function checkWorkload(where, obj) {
  const pod = obj.spec?.template?.spec ?? {};
  const podSc = pod.securityContext ?? {};
  if (!(pod.terminationGracePeriodSeconds >= 45)) fail(where, 'terminationGracePeriodSeconds below 45');
  if (podSc.seccompProfile?.type !== 'RuntimeDefault') fail(where, 'pod seccompProfile is not RuntimeDefault');
  for (const c of pod.containers ?? []) {
    const at = `${where} container ${c.name}`;
    for (const p of ['startupProbe', 'readinessProbe', 'livenessProbe']) {
      const path = c[p]?.httpGet?.path;
      if (!path) fail(at, `no ${p}`);
      else if (!path.startsWith('/q/health/')) fail(at, `${p} is not on /q/health/* (${path})`);
    }
    const r = c.resources ?? {};
    for (const k of ['cpu', 'memory']) {
      if (!r.requests?.[k]) fail(at, `no resources.requests.${k}`);
      if (!r.limits?.[k]) fail(at, `no resources.limits.${k}`);
    }
    if (r.limits?.memory && !(mib(r.limits.memory) >= 640)) fail(at, `memory limit ${r.limits.memory} below 640Mi (measured RSS 380-500 MB)`);
    const sc = c.securityContext ?? {};
    const nonRoot = sc.runAsNonRoot ?? podSc.runAsNonRoot;
    const uid = sc.runAsUser ?? podSc.runAsUser;
    if (nonRoot !== true) fail(at, 'runAsNonRoot is not true');
    if (uid === 0) fail(at, 'runs as uid 0');
    if (sc.readOnlyRootFilesystem !== true) fail(at, 'readOnlyRootFilesystem is not true');
    if (sc.allowPrivilegeEscalation !== false) fail(at, 'allowPrivilegeEscalation is not false');
    if (!(sc.capabilities?.drop ?? []).includes('ALL')) fail(at, 'capabilities do not drop ALL');
    if (!(c.volumeMounts ?? []).some((m) => m.mountPath === '/tmp')) fail(at, 'no writable /tmp (emptyDir) under a read-only root');
    for (const e of c.env ?? []) {
      if (e.name === 'JIEFEN_SLA_CLOCK_ADJUSTABLE') fail(at, 'sets JIEFEN_SLA_CLOCK_ADJUSTABLE (demo only)');
      if (SECRETISH.test(e.name) && !e.valueFrom?.secretKeyRef) fail(at, `${e.name} is not taken from a Secret`);
    }
  }
}

async function main() {
  const deployments = []; const pdbs = []; const hpas = []; const policies = [];
  let count = 0;
  for (const file of process.argv.slice(2)) {
    let docs;
    try { docs = yaml.loadAll(readFileSync(file, 'utf8')).filter(Boolean); }
    catch (e) { fail(basename(file), `not YAML: ${e.message}`); continue; }
    for (const obj of docs) {
      count++;
      const where = `${basename(file, '.yaml')} ${obj.kind}/${obj.metadata?.name}`;
      if (!obj.apiVersion || !obj.kind || !obj.metadata?.name) { fail(where, 'apiVersion, kind or metadata.name missing'); continue; }
      const crd = crdValidators[`${obj.apiVersion}/${obj.kind}`];
      if (crd) {
        if (!crd(obj)) for (const e of crd.errors) fail(where, `${e.instancePath || '/'} ${e.message}${e.params?.additionalProperty ? ` (${e.params.additionalProperty})` : ''}`);
      } else {
        const Model = await builtIn(obj);
        if (!Model) { fail(where, `no schema for ${obj.apiVersion} ${obj.kind}`); continue; }
        try { new Model(obj).validate(); } catch (e) { fail(where, e.message.split('\n').slice(0, 5).join('; ')); }
      }
      if (obj.kind === 'Secret' && (obj.data || obj.stringData)) fail(where, 'a Secret with data is committed: reference Secrets, never hold their values in git');
      if (obj.kind === 'ConfigMap') {
        for (const k of Object.keys(obj.data ?? {})) {
          if (SECRETISH.test(k)) fail(where, `ConfigMap key ${k} looks like a secret`);
          if (k === 'JIEFEN_SLA_CLOCK_ADJUSTABLE') fail(where, 'sets JIEFEN_SLA_CLOCK_ADJUSTABLE (demo only)');
        }
      }
      if (obj.kind === 'Deployment') { checkWorkload(where, obj); deployments.push([file, obj]); }
      if (obj.kind === 'PodDisruptionBudget') pdbs.push([file, obj]);
      if (obj.kind === 'HorizontalPodAutoscaler') hpas.push([file, obj]);
      if (obj.kind === 'NetworkPolicy') policies.push([file, obj]);
    }
  }
  // Every Deployment has its PDB, its HPA and a NetworkPolicy of its own in the same rendering.
  for (const [file, d] of deployments) {
    const where = `${basename(file, '.yaml')} Deployment/${d.metadata.name}`;
    const labels = d.spec.template.metadata?.labels ?? {};
    const selects = (sel) => sel && Object.entries(sel.matchLabels ?? {}).length > 0
      && Object.entries(sel.matchLabels).every(([k, v]) => labels[k] === v);
    if (!pdbs.some(([f, p]) => f === file && selects(p.spec.selector))) fail(where, 'no PodDisruptionBudget selects it');
    if (!hpas.some(([f, h]) => f === file && h.spec.scaleTargetRef?.name === d.metadata.name)) fail(where, 'no HorizontalPodAutoscaler targets it');
    if (!policies.some(([f, n]) => f === file && selects(n.spec.podSelector))) fail(where, 'no NetworkPolicy of its own');
  }
  for (const f of failures) console.error(`FAIL ${f}`);
  console.log(`${count} objects in ${process.argv.length - 2} renderings: ${failures.length ? `${failures.length} failures` : 'all valid'}`);
  process.exit(failures.length ? 1 : 0);
}
await main();
