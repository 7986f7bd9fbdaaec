export {
  $createParallaxQuoteNode,
  $isParallaxQuoteNode,
  ParallaxQuoteNode,
  type SerializedParallaxQuoteNode,
} from './ParallaxQuoteNode';
