# clsm-bot image: built in one stage (dev dependencies for tsc), run from another with only
# the production dependencies, the build and the knowledge base, as the unprivileged `node`
# user. The app folder is root-owned and read-only; the SQLite file lives on the /data volume.
#   docker build -t clsm-bot .
#   docker run -d --restart unless-stopped --env-file .env -v clsm-data:/data \
#     -p 127.0.0.1:3000:3000 clsm-bot

FROM node:20-bookworm-slim AS build
WORKDIR /app
# Only for better-sqlite3 when no prebuilt binary matches (it downloads one when it can).
RUN apt-get update \
  && apt-get install -y --no-install-recommends python3 make g++ \
  && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
# Scripts off: `prepare` (the build) needs the sources copied below; better-sqlite3 is
# rebuilt explicitly.
RUN npm ci --no-audit --no-fund --ignore-scripts && npm rebuild better-sqlite3
COPY tsconfig.json tsconfig.build.json ./
COPY bin ./bin
COPY src ./src
COPY commands ./commands
COPY knowledge ./knowledge
RUN npm run build && npm prune --omit=dev --ignore-scripts

FROM node:20-bookworm-slim
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000 \
    CLSM_DB=/data/clsm.sqlite
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/bin ./bin
COPY --from=build /app/dist ./dist
COPY --from=build /app/knowledge ./knowledge
RUN mkdir /data && chown node:node /data
USER node
VOLUME /data
EXPOSE 3000
# SIGTERM (docker stop) lets the bot finish the answers and reminders in flight (≤ 10 s).
STOPSIGNAL SIGTERM
CMD ["node", "dist/src/main.js"]
