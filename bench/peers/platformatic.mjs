// @platformatic/db over the measures database as it is: no migrations, no code, an entity per table. Started
// programmatically (the package has no CLI of its own; wattpm would add a runtime around it).
//   PORT=38090 DATABASE_URL=postgres://user:pass@127.0.0.1:55462/measures LOG_LEVEL=info node platformatic.mjs
import { create } from '@platformatic/db'

const hostname = '127.0.0.1'
const config = {
  server: {
    hostname,
    port: Number(process.env.PORT ?? 38090),
    logger: { level: process.env.LOG_LEVEL ?? 'info' }
  },
  db: {
    connectionString: process.env.DATABASE_URL,
    poolSize: Number(process.env.POOL_SIZE ?? 16),
    graphql: true,
    openapi: true,
    events: false,
    limit: { default: 20, max: 1000 },
    // Flyway's own table is not part of the API
    ignore: { flyway_schema_history: true }
  }
}
// as the entry point of a production deployment: it listens on server.hostname, no type generation
const app = await create(process.cwd(), config, { isEntrypoint: true, isProduction: true })
await app.init()
// its configuration loader rewrites server.hostname to 0.0.0.0 when it believes it runs in a container: loopback only
app.serverConfig.hostname = hostname
const url = await app.start({ listen: true })
console.log(`READY ${url}`)
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, async () => {
    await app.stop()
    process.exit(0)
  })
}
