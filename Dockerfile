# The GraphQL service, for use with an external Neo4j (NEO4J_URI); docker-compose.yml pairs it with neo4j:5.26.
# The image carries no Java or Maven, so the embedded Neo4j default is not available inside it.
# NODE_IMAGE: any Node.js 20 image with npm and a uid-1000 user; scripts/images/build.sh passes its local one.
ARG NODE_IMAGE=node:20-bookworm-slim

# --- all npm dependencies, once (the npm cache is kept between builds, so a changed lock file downloads
#     only what changed)
FROM ${NODE_IMAGE} AS install
# Set only where a TLS-intercepting proxy sits before the npm registry: the builder mounts its CA bundle here.
ARG NODE_EXTRA_CA_CERTS
WORKDIR /app
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm npm ci --ignore-scripts --no-audit --no-fund

# --- runtime dependencies only
FROM install AS deps
RUN npm prune --omit=dev --ignore-scripts --no-audit --no-fund

# --- build: compile TypeScript to dist/ (tsc's rootDir is ".", so src/main.ts becomes dist/src/main.js)
FROM install AS build
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
RUN npm run build
# The explorer served at / (esbuild bundles into dist/web, read by src/http/explorer.ts).
COPY web ./web
COPY scripts/build-web.ts scripts/api-examples.ts ./scripts/
COPY docs/api.md ./docs/
COPY schema ./schema
COPY cypher ./cypher
RUN npm run build:web

# --- runtime
FROM ${NODE_IMAGE}
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=4000 \
    LOG_FORMAT=json \
    SEEDS_DIR=/app/seeds
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./
# Paths the compiled code resolves from __dirname: dist/src/graphql/schema.js reads ../../schema (= dist/schema),
# dist/src/neo4j/embedded/jars.js reads ../../../embedded (= dist/embedded), the Browser guide is dist/cypher and the
# explorer dist/web. Seeds are read from SEEDS_DIR.
COPY schema ./dist/schema
COPY cypher ./dist/cypher
COPY embedded ./dist/embedded
COPY seeds ./seeds
# The base image's unprivileged "node" user, by number so runtimes can check it is not root; the app only reads its files.
USER 1000:1000
EXPOSE 4000
HEALTHCHECK --interval=10s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||4000)+'/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# node itself is PID 1 and handles SIGTERM/SIGINT (graceful shutdown); compose adds `init: true` for reaping.
CMD ["node", "dist/src/main.js"]
