# The GraphQL server for docker-compose.yml. It talks to the neo4j service (NEO4J_URI) and never starts the
# embedded Neo4j, so the image needs neither Java nor Maven, nor the neo4j/ launcher.
FROM node:20-slim
WORKDIR /app
COPY package.json package-lock.json ./
# Note: --ignore-scripts skips the `prepare` build, which needs the sources copied below.
RUN npm ci --ignore-scripts
COPY . .
# The build needs the devDependencies (tsc, vite); the running server and the plan-graph command (src/cli/bin.js
# runs dist/cli/) do not.
RUN npm run build && npm prune --omit=dev && npm cache clean --force
ENV NODE_ENV=production \
    PORT=4000
EXPOSE 4000
USER node
CMD ["node", "dist/main.js"]
