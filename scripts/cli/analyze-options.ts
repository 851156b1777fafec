/** What analyze() is given on the command line: the host, the article chooser and the articles' known messages. */
import type { AnalyzeOptions } from '../../lib/bounce/types';
import { host } from '../../host.config';
import { loadArticleChooser } from './article-chooser';
import { loadCliKnownMessages } from './content-cache';

export async function loadAnalyzeOptions(): Promise<AnalyzeOptions> {
  const chooseArticle = await loadArticleChooser();
  const knownMessages = await loadCliKnownMessages();
  return { host, chooseArticle, knownMessages };
}
