// Yes or no, including the colloquial ones: «ага», «угу», «давайте», «конечно», «не надо», «нет, спасибо».
import { normalizeText } from './text.ts';

const NO =
  /(?<![а-я])(нет|неа|не-а|не надо|не нужно|не нуждаюсь|не хочу|не стоит|не буду|не верно|неверно|не правильно|неправильно|не так|не согласен|не согласна|не подходит|ни в коем|отказываюсь|никак нет|ошибка|не то)(?![а-я])/;
const YES =
  /(?<![а-я])(да|ага|угу|ну да|конечно|давайте|давай|хорошо|ладно|верно|правильно|все верно|все так|так точно|подтверждаю|подтверждаем|согласен|согласна|ок|окей|okay|ok|yes|именно|точно|разумеется|безусловно|оформляйте|бронируйте|годится|подходит|устраивает|идет|пойдет|отлично|супер|записывайте|оформляем|бронируем|естественно|еще бы)(?![а-я])/;

/** true for yes, false for no, null when neither (or both, unclear) was said. */
export function extractYesNo(text: string): boolean | null {
  const t = normalizeText(text).replace(/[!.?,]/g, ' ');
  const no = NO.exec(t);
  // «можно» alone (or «да, можно») agrees; «а можно с собакой?» asks
  let yes = YES.exec(t) ?? /^\s*(?:да\s+)?можно(?:\s+да)?\s*$/.exec(t);
  // «подходит ли комфорт для троих?», «а это хорошо?»: a yes word inside a question is no answer
  if (yes && (new RegExp(`${yes[1]}\\s+ли(?![а-я])`).test(t) || (text.includes('?') && t.slice(0, yes.index).trim().split(/\s+/).filter(Boolean).length > 1)))
    yes = null;
  if (no && !yes) return false;
  if (yes && !no) return true;
  if (yes && no) {
    // «да нет», «нет, спасибо, всё верно»: the first word that decides wins, except «да, не надо» which is no
    if (/^да,? (не надо|не нужно|нет)/.test(t)) return false;
    return yes.index < no.index;
  }
  return null;
}
