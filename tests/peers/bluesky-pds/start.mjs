// Runs the Bluesky reference PDS (@atproto/pds) with an in-memory did:plc directory (@did-plc/server) on
// 127.0.0.1 only, for the Bluesky adapter's integration tests. Nothing outside loopback is contacted.
//
// Environment: PDS_DIR (folder whose node_modules holds both packages), PDS_PORT (2583), PLC_PORT (2582),
// DATA_DIR (removed on exit), ADMIN_PASSWORD, JWT_SECRET.
// Prints one JSON line {"event":"ready",...} once both servers listen.
import { once } from 'node:events'
import crypto from 'node:crypto'
import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

const HOST = '127.0.0.1'
const pdsDir = path.resolve(process.env.PDS_DIR ?? '.')
const pdsPort = Number(process.env.PDS_PORT ?? 2583)
const plcPort = Number(process.env.PLC_PORT ?? 2582)
const dataDir = process.env.DATA_DIR ?? fs.mkdtempSync('/tmp/socialscheduler-pds-')
const adminPassword = process.env.ADMIN_PASSWORD ?? crypto.randomBytes(16).toString('hex')
const jwtSecret = process.env.JWT_SECRET ?? crypto.randomBytes(16).toString('hex')

// Refuse any outbound fetch before the PDS loads, so a missing setting fails loudly instead of going online.
const loopback = new Set(['localhost', '127.0.0.1', '[::1]'])
const fetchOnline = globalThis.fetch
globalThis.fetch = function (input, init) {
  const url = new URL(input instanceof Request ? input.url : String(input))
  if (!loopback.has(url.hostname)) return Promise.reject(new TypeError(`offline PDS refuses ${url.origin}`))
  return fetchOnline.call(this, input, init)
}

const requireFromPds = createRequire(path.join(pdsDir, 'package.json'))
const load = async (name) => {
  const mod = await import(pathToFileURL(requireFromPds.resolve(name)).href)
  return mod.default && !mod.PDS && !mod.PlcServer ? { ...mod.default, ...mod } : mod
}
const pdsModule = await load('@atproto/pds')
const plcModule = await load('@did-plc/server')

fs.mkdirSync(dataDir, { recursive: true })
const plc = plcModule.PlcServer.create({ db: plcModule.Database.mock(), port: plcPort })
const plcServer = plc.app.listen(plcPort, HOST)
await once(plcServer, 'listening')

const { privateKey } = crypto.generateKeyPairSync('ec', { namedCurve: 'secp256k1' })
const rotationKeyHex = Buffer.from(privateKey.export({ format: 'jwk' }).d, 'base64url').toString('hex').padStart(64, '0')
const env = {
  devMode: true,
  hostname: 'localhost',
  port: pdsPort,
  dataDirectory: dataDir,
  blobstoreDiskLocation: path.join(dataDir, 'blobs'),
  // A host name, not an IP: the PDS's DID resolver refuses IP literals. localhost resolves from /etc/hosts.
  didPlcUrl: `http://localhost:${plcPort}`,
  serviceHandleDomains: ['.test'],
  inviteRequired: false,
  disableSsrfProtection: true,
  jwtSecret,
  adminPassword,
  plcRotationKeyK256PrivateKeyHex: rotationKeyHex,
  serviceName: 'SocialScheduler test PDS',
}
const pds = await pdsModule.PDS.create(pdsModule.envToCfg(env), pdsModule.envToSecrets(env))
// Handles of this PDS resolve from its own account table; nothing is looked up in DNS or over HTTPS.
const domains = pds.ctx.cfg.identity.serviceHandleDomains
pds.ctx.idResolver.handle.resolve = async (handle) => {
  if (!domains.some((d) => handle.endsWith(d))) return undefined
  return (await pds.ctx.accountManager.getAccount(handle))?.did ?? undefined
}
const listen = pds.app.listen.bind(pds.app)
pds.app.listen = (port, ...rest) => listen(port, HOST, ...rest)
await pds.start()
console.log(JSON.stringify({ event: 'ready', pds: `http://${HOST}:${pdsPort}`, node: process.version }))

let stopping = false
const stop = async () => {
  if (stopping) return
  stopping = true
  try {
    await pds.destroy()
    plcServer.close()
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true })
    process.exit(0)
  }
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
