// Gladia's official TypeScript SDK against the mock: the flows users run (upload + create + poll, create + poll,
// a failing job, list by metadata, download, delete) must complete, and so must the SDK's live session calls (get,
// list, getFile, delete on /v2/live) against the mock's seeded sessions. Run by tests/sdk-compat/run.sh, which starts the
// mock with --lifecycle and short durations and passes its URL in MOCK_URL.
import assert from 'node:assert/strict'
import { mkdtempSync, writeFileSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { GladiaClient } from '@gladiaio/sdk'

const apiUrl = process.env.MOCK_URL
assert.ok(apiUrl, 'MOCK_URL must be set')
const client = new GladiaClient({ apiKey: 'gladia-mock-key', apiUrl })
const gladia = client.preRecordedV2()
const live = client.liveV2()
const polling = { interval: 200, timeout: 30_000 }
const run = `sdk-compat-${process.pid}`
let checks = 0
const check = async (name, body) => {
  await body()
  checks++
  console.log(`ok ${checks} - ${name}`)
}

// One second of 16 kHz mono silence as a PCM WAV.
function wav(seconds) {
  const data = 16_000 * 2 * seconds
  const bytes = Buffer.alloc(44 + data)
  bytes.write('RIFF', 0)
  bytes.writeUInt32LE(36 + data, 4)
  bytes.write('WAVEfmt ', 8)
  bytes.writeUInt32LE(16, 16)
  bytes.writeUInt16LE(1, 20)
  bytes.writeUInt16LE(1, 22)
  bytes.writeUInt32LE(16_000, 24)
  bytes.writeUInt32LE(32_000, 28)
  bytes.writeUInt16LE(2, 32)
  bytes.writeUInt16LE(16, 34)
  bytes.write('data', 36)
  bytes.writeUInt32LE(data, 40)
  return bytes
}

const folder = mkdtempSync(join(tmpdir(), 'sdk-compat-'))
const audioPath = join(folder, 'hello.wav')
writeFileSync(audioPath, wav(1))
let uploaded, remote
try {
  await check('transcribe() uploads a local file, creates a job and polls it to done', async () => {
    uploaded = await gladia.transcribe(audioPath, { custom_metadata: { run, kind: 'upload' } }, polling)
    assert.equal(uploaded.status, 'done')
    assert.equal(uploaded.file.filename, 'hello.wav')
    assert.equal(uploaded.file.audio_duration, 1)
    assert.equal(uploaded.result.metadata.audio_duration, 1)
    assert.ok(uploaded.completed_at)
    assert.ok(uploaded.result.transcription.full_transcript.length > 0)
  })

  await check('createAndPoll() with a remote audio_url polls it to done', async () => {
    remote = await gladia.createAndPoll(
      { audio_url: 'https://files.gladia.io/example/audio-transcription/split_infinity.wav', custom_metadata: { run, kind: 'remote' }, diarization: true },
      polling)
    assert.equal(remote.status, 'done')
    assert.equal(remote.request_params.diarization, true)
    assert.deepEqual(remote.custom_metadata, { run, kind: 'remote' })
  })

  await check('createAndPoll() rejects a job whose audio cannot be fetched, with its error code', async () => {
    await assert.rejects(
      gladia.createAndPoll({ audio_url: 'https://unreachable.invalid/audio.wav' }, polling),
      /failed with error code: 400/)
  })

  await check('create() with a bad body is a 400', async () => {
    await assert.rejects(gladia.createUntyped({ audio_url: 42 }), /400|audio_url/)
  })

  await check('list() finds the created jobs by their metadata', async () => {
    const page = await gladia.list({ custom_metadata: { run }, status: ['done'] })
    assert.deepEqual(page.items.map((job) => job.id).sort(), [uploaded.id, remote.id].sort())
  })

  await check('getFile() serves the uploaded bytes back', async () => {
    const file = Buffer.from(await gladia.getFile(uploaded.id))
    assert.ok(file.equals(readFileSync(audioPath)))
  })

  await check('delete() removes the finished jobs', async () => {
    assert.equal(await gladia.delete(uploaded.id), true)
    assert.equal(await gladia.delete(remote.id), true)
  })
  let session
  await check('live list() pages through done sessions, following next', async () => {
    const first = await live.list({ status: ['done'], limit: 3 })
    assert.equal(first.items.length, 3)
    assert.ok(first.items.every((s) => s.kind === 'live' && s.status === 'done'))
    assert.ok(first.next && new URL(first.next).pathname === '/v2/live')
    const second = await live.list({ url: first.next })
    assert.ok(second.items.length > 0)
    assert.ok(second.items.every((s) => !first.items.some((f) => f.id === s.id)))
    const done = await live.list({ status: ['done'], limit: 100 })
    session = done.items.find((s) => s.file && s.custom_metadata?.userId)
  })

  await check('live list() filters by custom_metadata', async () => {
    const userId = session.custom_metadata?.userId
    assert.ok(userId, 'a done session with a userId')
    const page = await live.list({ custom_metadata: { userId }, limit: 100 })
    assert.ok(page.items.some((s) => s.id === session.id))
    assert.ok(page.items.every((s) => s.custom_metadata?.userId === userId))
  })

  await check('live get() returns the session with its stream parameters and messages', async () => {
    const one = await live.get(session.id)
    assert.equal(one.id, session.id)
    assert.equal(one.kind, 'live')
    assert.equal(one.request_params.model, 'solaria-1')
    assert.ok(one.result.messages.length >= 3)
    assert.ok(one.result.transcription.full_transcript.length > 0)
  })

  await check('live getFile() downloads the recorded audio as a WAV', async () => {
    const file = Buffer.from(await live.getFile(session.id))
    assert.equal(file.subarray(0, 4).toString('ascii'), 'RIFF')
    assert.equal(file.readUInt16LE(22), session.file.number_of_channels)
  })

  await check('live delete() removes a finished session, which is then unknown', async () => {
    assert.equal(await live.delete(session.id), true)
    await assert.rejects(live.get(session.id), /404|not found/i)
    await assert.rejects(live.delete(session.id), /404|not found/i)
  })
} finally {
  rmSync(folder, { recursive: true, force: true })
}

console.log(`sdk-compat: ${checks} checks passed`)
