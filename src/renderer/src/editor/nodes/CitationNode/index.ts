export {
  $createCitationNode,
  $isCitationNode,
  CitationNode,
  type SerializedCitationNode,
} from './CitationNode';
