// The evidence blob store (lib/evidence/storage/): the rest of lib/evidence reaches it only here.
export { evidenceStore, evidenceMaxBytes, BlobTooLargeError, type BlobStore, type StagedBlob } from "./storage/blob-store";
