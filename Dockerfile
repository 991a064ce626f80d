# The GraphQL server for docker-compose.yml. It talks to the neo4j service (NEO4J_URI) and never starts the
# embedded Neo4j, so the image needs neither Java nor Maven, nor the neo4j/ launcher.
FROM node:20-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
# The build needs the devDependencies (tsc, vite); the running server does not.
RUN npm run build && npm prune --omit=dev && npm cache clean --force
ENV NODE_ENV=production \
    PORT=4000
EXPOSE 4000
USER node
CMD ["node", "dist/main.js"]
