/**
 * Errors that end the program with one plain sentence for the user.
 *
 * Every failure a newcomer can meet at start-up (no Java, a port already taken, a wrong
 * password...) is raised as an {@link AtlasError} with a stable code, so that the CLI prints the
 * sentence and exits non-zero instead of dumping a stack trace, and tests can match the code.
 *
 * @example
 * throw new AtlasError('JAVA_MISSING', 'Java was not found. Install JDK 17 (e.g. `apt-get install openjdk-17-jdk`) or set NEO4J_URI to use an existing Neo4j.');
 */
export class AtlasError extends Error {
  constructor(
    readonly code: AtlasErrorCode,
    message: string,
    readonly detail?: string,
  ) {
    super(message);
    this.name = 'AtlasError';
  }
}

export type AtlasErrorCode =
  | 'CONFIG_INVALID'
  | 'JAVA_MISSING'
  | 'JAVA_VERSION'
  | 'MAVEN_MISSING'
  | 'MAVEN_BUILD_FAILED'
  | 'PORT_IN_USE'
  | 'STORE_LOCKED'
  | 'STORE_NOT_WRITABLE'
  | 'NEO4J_START_FAILED'
  | 'NEO4J_START_TIMEOUT'
  | 'NEO4J_AUTH'
  | 'CREDENTIALS_INVALID'
  | 'NEO4J_UNREACHABLE'
  | 'NEO4J_VERSION'
  | 'DATA_INVALID'
  | 'INGEST_FAILED'
  | 'CLIENT_BUILD_FAILED';
