/** "plus de 300 000 habitants", "moins de 40 000 habitants": a population asked as a bound. */
export interface PopulationBound {
  relation: 'above' | 'below';
  value: number;
}
